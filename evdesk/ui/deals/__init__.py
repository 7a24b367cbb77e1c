"""The deal records in the window: File → Save deal, the Deals view, a saved deal opened back into the
form, the claim moves, the badge of claims that need action, and the records' settings. A thin layer
over `evdesk.records`, which knows no Qt."""
