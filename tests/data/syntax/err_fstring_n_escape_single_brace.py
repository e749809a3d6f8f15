y = f"\Nx}{1}"
