"""The engine's own errors: the only exceptions ``diagnose`` raises."""


class BounceDoctorError(Exception):
    """Base of the engine's errors; the message is a sentence for the user."""


class NotEmailError(BounceDoctorError):
    """The input is empty, binary, or text with no email in it."""


class InputTooLargeError(BounceDoctorError):
    """The input is larger than the size limit."""
