#include <libical/ical.h>

/// `icalerrno` is a macro over a function call that Swift cannot import; read and reset it through these.
static inline icalerrorenum cical_errno(void) { return icalerrno; }
static inline void cical_clear_errno(void) { icalerror_clear_errno(); }
