s = "é\Nx"
