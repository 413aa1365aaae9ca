"""A tiny calculator library: the project the ci-build sample builds and tests."""

__version__ = "1.4.2"


def add(a, b):
    return a + b


def divide(a, b):
    if b == 0:
        raise ZeroDivisionError("cannot divide by zero")
    return a / b


def shout(text):
    return text.upper() + "!"
