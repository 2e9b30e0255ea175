def find_places(text, doc=None):
    return []
