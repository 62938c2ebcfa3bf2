/* vendor library (stub) */
