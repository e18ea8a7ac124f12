"""Documents the user explicitly exports: plan PDFs, invitations, calendar files."""
