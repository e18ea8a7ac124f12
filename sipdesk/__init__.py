"""sipdesk: a SIP coordinator's desktop tool."""

__version__ = "0.1.0"
APP_NAME = "sipdesk"
