// Package time measures time: durations, the current time from the kernel's clocks, and
// sleeping. Calendar computations, formatting and time zones are missing (docs/stdlib.md).
package time

import (
	"syscall"
	"unsafe"
)

// A Duration is a span of time in nanoseconds.
type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

func (d Duration) Nanoseconds() int64  { return int64(d) }
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

func (d Duration) Seconds() float64 {
	sec := d / Second
	return float64(sec) + float64(d%Second)/1e9
}

func (d Duration) Minutes() float64 {
	min := d / Minute
	return float64(min) + float64(d%Minute)/(60e9)
}

func (d Duration) Hours() float64 {
	hour := d / Hour
	return float64(hour) + float64(d%Hour)/(60*60e9)
}

// Truncate rounds d toward zero to a multiple of m (d itself when m <= 0).
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// Round rounds d to the nearest multiple of m, halves away from zero, saturating at the
// extremes (d itself when m <= 0).
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if r+r < m {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration
	}
	if r+r < m {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration
}

// Abs returns the absolute value of d, saturating for the minimum.
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	}
	return -d
}

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// String formats d like "72h3m0.5s": the largest unit hours, fractions of seconds without
// trailing zeros; below one second a single unit (ns, µs, ms); "0s" for zero.
func (d Duration) String() string {
	if d == 0 {
		return "0s"
	}
	neg := d < 0
	u := uint64(d)
	if neg {
		u = -u
	}
	var s string
	if u < uint64(Second) {
		switch {
		case u < uint64(Microsecond):
			s = uitoa(u) + "ns"
		case u < uint64(Millisecond):
			s = fraction(u, 3) + "µs"
		default:
			s = fraction(u, 6) + "ms"
		}
	} else {
		s = fraction(u%uint64(Minute), 9) + "s"
		if mins := u / uint64(Minute); mins > 0 {
			s = uitoa(mins%60) + "m" + s
			if hours := mins / 60; hours > 0 {
				s = uitoa(hours) + "h" + s
			}
		}
	}
	if neg {
		return "-" + s
	}
	return s
}

// fraction formats v / 10^prec with the fractional digits' trailing zeros removed.
func fraction(v uint64, prec int) string {
	scale := uint64(1)
	for i := 0; i < prec; i++ {
		scale *= 10
	}
	s := uitoa(v / scale)
	frac := v % scale
	if frac == 0 {
		return s
	}
	digits := make([]byte, prec)
	for i := prec - 1; i >= 0; i-- {
		digits[i] = byte('0' + frac%10)
		frac /= 10
	}
	n := prec
	for digits[n-1] == '0' {
		n--
	}
	return s + "." + string(digits[:n])
}

func uitoa(v uint64) string {
	var buf [20]byte
	i := len(buf)
	for {
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			return string(buf[i:])
		}
	}
}

// Time is an instant with nanosecond precision: wall-clock seconds and nanoseconds since
// 1970 UTC, and a monotonic clock reading used for differences between times.
type Time struct {
	sec  int64
	nsec int64
	mono int64
}

const (
	clockRealtime  = 0
	clockMonotonic = 1
)

func clock(id uintptr) int64 {
	var ts syscall.Timespec
	syscall.RawSyscall(syscall.SYS_CLOCK_GETTIME, id, uintptr(unsafe.Pointer(&ts)), 0)
	return ts.Nano()
}

// Now returns the current time.
func Now() Time {
	wall := clock(clockRealtime)
	return Time{sec: wall / 1e9, nsec: wall % 1e9, mono: clock(clockMonotonic)}
}

// Unix returns the Time of sec seconds and nsec nanoseconds since 1970 UTC.
func Unix(sec int64, nsec int64) Time {
	sec += nsec / 1e9
	nsec %= 1e9
	if nsec < 0 {
		nsec += 1e9
		sec--
	}
	return Time{sec: sec, nsec: nsec}
}

// Unix returns t as seconds since 1970 UTC.
func (t Time) Unix() int64 { return t.sec }

// UnixNano returns t as nanoseconds since 1970 UTC.
func (t Time) UnixNano() int64 { return t.sec*1e9 + t.nsec }

// UnixMilli returns t as milliseconds since 1970 UTC.
func (t Time) UnixMilli() int64 { return t.sec*1e3 + t.nsec/1e6 }

// UnixMicro returns t as microseconds since 1970 UTC.
func (t Time) UnixMicro() int64 { return t.sec*1e6 + t.nsec/1e3 }

// Nanosecond returns the nanoseconds within t's second.
func (t Time) Nanosecond() int { return int(t.nsec) }

// IsZero reports whether t is the zero Time.
func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 && t.mono == 0 }

// Sub returns t-u, from the monotonic readings when both have one.
func (t Time) Sub(u Time) Duration {
	if t.mono != 0 && u.mono != 0 {
		return Duration(t.mono - u.mono)
	}
	return Duration((t.sec-u.sec)*1e9 + (t.nsec - u.nsec))
}

// Add returns t+d.
func (t Time) Add(d Duration) Time {
	r := Unix(t.sec, t.nsec+int64(d))
	if t.mono != 0 {
		r.mono = t.mono + int64(d)
	}
	return r
}

func (t Time) Before(u Time) bool { return t.Sub(u) < 0 }
func (t Time) After(u Time) bool  { return t.Sub(u) > 0 }
func (t Time) Equal(u Time) bool  { return t.Sub(u) == 0 }

// Since returns the time elapsed since t.
func Since(t Time) Duration { return Now().Sub(t) }

// Until returns the duration until t.
func Until(t Time) Duration { return t.Sub(Now()) }

// Sleep pauses for at least d; it returns at once for d <= 0.
func Sleep(d Duration) {
	if d <= 0 {
		return
	}
	ts := syscall.NsecToTimespec(int64(d))
	for syscall.Nanosleep(&ts, &ts) == syscall.EINTR {
	}
}
