"""livedesk: a conflict live desk. Reports in; geolocated, source-attributed, corroborated events out."""
from livedesk.model import (ACLED_TYPES, Claim, Event, EventFrame, Fatalities, Location, Mention,
                            Reading, Report)

__version__ = "0.1.0"
__all__ = ["ACLED_TYPES", "Claim", "Event", "EventFrame", "Fatalities", "Location", "Mention",
           "Reading", "Report", "__version__"]
