"""Input widgets shared by evdesk's windows."""
