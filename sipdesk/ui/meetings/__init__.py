"""A case's meetings: booking, invitations and the response tracker."""
