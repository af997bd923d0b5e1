package syscall

import _ "unsafe" // for go:linkname

// runtime_envs returns the process environment; the runtime provides it under this name, as
// gc's runtime does.
//
//go:linkname runtime_envs syscall.runtime_envs
func runtime_envs() []string

// Environ returns a copy of the environment as key=value strings.
func Environ() []string {
	return append([]string(nil), runtime_envs()...)
}

// Getenv returns the value of the environment variable key and whether it is set.
func Getenv(key string) (value string, found bool) {
	for _, kv := range runtime_envs() {
		if len(kv) > len(key) && kv[len(key)] == '=' && kv[:len(key)] == key {
			return kv[len(key)+1:], true
		}
	}
	return "", false
}
