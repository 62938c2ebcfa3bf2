"""Portal spiders: one per registry entry (generated) or a short subclass of a family base."""
