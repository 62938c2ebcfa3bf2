var siteName = '';
