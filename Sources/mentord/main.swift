print("mentord")
