if flow=.ndim == 3:
    pass
