"""The read-only web app over a readout store (create_app in readout.web.app)."""
