package main

// Defined map types, maps in struct fields, map-typed parameters and results, struct values
// (copied out, changed, stored back), and maps compared with nil.

type Inventory map[string]int

type Store struct {
	name  string
	stock Inventory
	price map[string]float64
}

type Item struct {
	Name  string
	Qty   int
	Price float64
}

func (inv Inventory) Total() int {
	t := 0
	for _, n := range inv {
		t += n
	}
	return t
}

func NewStore(name string) Store {
	return Store{name: name, stock: Inventory{}, price: make(map[string]float64, 4)}
}

func (s *Store) Add(it Item) {
	s.stock[it.Name] += it.Qty
	s.price[it.Name] = it.Price
}

func (s Store) Value() float64 {
	v := 0.0
	for name, n := range s.stock {
		v += float64(n) * s.price[name]
	}
	return v
}

func split(inv Inventory, limit int) (small, large Inventory) {
	small, large = Inventory{}, Inventory{}
	for k, v := range inv {
		if v < limit {
			small[k] = v
		} else {
			large[k] = v
		}
	}
	return
}

func main() {
	s := NewStore("corner")
	s.Add(Item{"apple", 10, 0.5})
	s.Add(Item{"pear", 3, 0.75})
	s.Add(Item{"apple", 5, 0.5})
	println(s.stock.Total(), len(s.price), int(s.Value()*100))

	small, large := split(s.stock, 10)
	println(len(small), len(large), small["pear"], large["apple"])

	items := map[string]Item{}
	items["a"] = Item{"a", 1, 2}
	it := items["a"]
	it.Qty += 10
	println(items["a"].Qty, it.Qty)
	items["a"] = it
	println(items["a"].Qty, items["b"].Name == "", items["b"].Price)

	var nilInv Inventory
	println(nilInv == nil, nilInv.Total(), len(nilInv))

	stores := map[string]*Store{}
	st := NewStore("x")
	stores["x"] = &st
	stores["x"].Add(Item{"fig", 2, 1})
	println(st.stock["fig"], stores["y"] == nil)

	arrays := map[int][4]int{}
	a := arrays[1]
	a[2] = 9
	arrays[1] = a
	println(arrays[1][2], arrays[2][2], len(arrays))
}
