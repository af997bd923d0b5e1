package sync

// Map is a map safe for concurrent use; with jgo's runtime it is an ordinary map.
type Map struct {
	m map[any]any
}

// Load returns the value stored for key and whether there is one.
func (m *Map) Load(key any) (value any, ok bool) {
	value, ok = m.m[key]
	return value, ok
}

// Store sets the value for key.
func (m *Map) Store(key, value any) {
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
}

// LoadOrStore returns the existing value for key if there is one (loaded true), else stores
// and returns value.
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	if v, ok := m.m[key]; ok {
		return v, true
	}
	m.Store(key, value)
	return value, false
}

// LoadAndDelete deletes key, returning its previous value if any.
func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	value, loaded = m.m[key]
	delete(m.m, key)
	return value, loaded
}

// Delete deletes key.
func (m *Map) Delete(key any) { delete(m.m, key) }

// Range calls f for each key and value until f returns false.
func (m *Map) Range(f func(key, value any) bool) {
	for k, v := range m.m {
		if !f(k, v) {
			return
		}
	}
}
