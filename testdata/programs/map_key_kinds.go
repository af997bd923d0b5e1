package main

// Keys of every basic comparable kind: sized integers, bool, strings, pointers, interfaces.

type ID int32

type Named string

func main() {
	i8 := map[int8]int{-128: 1, 127: 2}
	u8 := map[uint8]int{255: 1, 0: 2}
	i16 := map[int16]int{-1: 1, 1: 2}
	u16 := map[uint16]int{65535: 3}
	i32 := map[int32]int{-5: 5}
	u32 := map[uint32]int{1 << 31: 6}
	i64 := map[int64]int{-1 << 63: 7}
	u64 := map[uint64]int{1<<64 - 1: 8}
	up := map[uintptr]int{42: 9}
	println(i8[-128], i8[127], u8[255], u8[0], i16[-1], i16[1], u16[65535], i32[-5], u32[1<<31], i64[-1<<63], u64[1<<64-1], up[42])

	ids := map[ID]Named{1: "one", 2: "two"}
	ids[3] = "three"
	println(len(ids), string(ids[3]))
	names := map[Named]ID{}
	for k, v := range ids {
		names[v] = k
	}
	println(names["two"], names["three"])

	a, b := new(int), new(int)
	ptrs := map[*int]string{a: "a", b: "b"}
	println(ptrs[a], ptrs[b], len(ptrs), ptrs[nil] == "")

	bs := map[bool]string{true: "yes"}
	println(bs[true], bs[false] == "")

	s := map[string]int{}
	s[""] = 1
	long := ""
	for i := 0; i < 100; i++ {
		long += "ab"
	}
	s[long] = 2
	s[long[:199]] = 3
	println(s[""], s[long], s[long[:199]], s[long[1:]] == 0, len(s))

	strs := map[string]int{}
	for i := 0; i < 300; i++ {
		strs[string(rune('a'+i%26))+string(rune('A'+i/26))] = i
	}
	println(len(strs), strs["aA"], strs["nK"])
}
