package os

import "time"

// FileMode is a file's mode and permission bits. (In Go it is io/fs.FileMode.)
type FileMode uint32

// The mode bits jgo knows; permission bits are the low nine.
const (
	ModeDir  FileMode = 1 << (32 - 1 - 0)
	ModePerm FileMode = 0777
)

// IsDir reports whether m describes a directory.
func (m FileMode) IsDir() bool { return m&ModeDir != 0 }

// Perm returns the permission bits.
func (m FileMode) Perm() FileMode { return m & ModePerm }

// FileInfo describes a file. (In Go it is io/fs.FileInfo.)
type FileInfo interface {
	Name() string
	Size() int64
	Mode() FileMode
	ModTime() time.Time
	IsDir() bool
	Sys() any
}
