package dev.jgo.link;

import dev.jgo.obj.LineTable;
import dev.jgo.obj.SymKind;
import dev.jgo.obj.SymRef;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Minimal DWARF 4 so that gdb and objdump map code to source lines: one compile unit spanning
 * .text with a subprogram (name, pc range) per function that has a line table, and a line
 * program (.debug_line) with one sequence per such function; {@link DebugFrame} adds the call
 * frame information. Types and variables are not described yet.
 */
final class Dwarf {
    private static final int DW_TAG_compile_unit = 0x11, DW_TAG_subprogram = 0x2e;
    private static final int DW_AT_name = 0x03, DW_AT_stmt_list = 0x10, DW_AT_low_pc = 0x11, DW_AT_high_pc = 0x12,
            DW_AT_language = 0x13, DW_AT_producer = 0x25, DW_AT_external = 0x3f;
    private static final int DW_FORM_addr = 0x01, DW_FORM_data1 = 0x0b, DW_FORM_data8 = 0x07, DW_FORM_string = 0x08,
            DW_FORM_sec_offset = 0x17, DW_FORM_flag_present = 0x19;
    private static final int DW_LANG_Go = 0x16;
    private static final int DW_LNS_copy = 1, DW_LNS_advance_pc = 2, DW_LNS_advance_line = 3, DW_LNS_set_file = 4;
    private static final int DW_LNE_end_sequence = 1, DW_LNE_set_address = 2;
    private static final int OPCODE_BASE = 13;
    private static final int ABBREV_CU = 1, ABBREV_SUBPROGRAM = 2;

    /** A function with source positions, at its final address. */
    private record Func(String name, long address, long size, LineTable lines) {}

    final byte[] abbrev;
    final byte[] info;
    final byte[] line;

    Dwarf(Layout layout, Map<SymRef, String> names) {
        List<Func> funcs = new ArrayList<>();
        for (Layout.Placed p : layout.section(SymKind.TEXT).symbols()) {
            LineTable lines = p.symbol().func().lines();
            if (!lines.rows().isEmpty()) funcs.add(new Func(names.get(p.symbol().ref()), p.address(), p.symbol().size(), lines));
        }
        abbrev = abbreviations();
        info = info(layout.section(SymKind.TEXT), funcs);
        line = lineProgram(funcs);
    }

    /** Whether any function has source positions; without them there is nothing to describe. */
    boolean isEmpty() {
        return info.length == 0;
    }

    private static byte[] abbreviations() {
        LeBuffer b = new LeBuffer();
        b.uleb(ABBREV_CU).uleb(DW_TAG_compile_unit).u8(1);
        b.uleb(DW_AT_name).uleb(DW_FORM_string).uleb(DW_AT_producer).uleb(DW_FORM_string)
                .uleb(DW_AT_language).uleb(DW_FORM_data1).uleb(DW_AT_stmt_list).uleb(DW_FORM_sec_offset)
                .uleb(DW_AT_low_pc).uleb(DW_FORM_addr).uleb(DW_AT_high_pc).uleb(DW_FORM_data8).u8(0).u8(0);
        b.uleb(ABBREV_SUBPROGRAM).uleb(DW_TAG_subprogram).u8(0);
        b.uleb(DW_AT_name).uleb(DW_FORM_string).uleb(DW_AT_low_pc).uleb(DW_FORM_addr)
                .uleb(DW_AT_high_pc).uleb(DW_FORM_data8).uleb(DW_AT_external).uleb(DW_FORM_flag_present).u8(0).u8(0);
        return b.u8(0).toByteArray();
    }

    private static byte[] info(Layout.Section text, List<Func> funcs) {
        if (funcs.isEmpty()) return new byte[0];
        LeBuffer dies = new LeBuffer();
        dies.uleb(ABBREV_CU).cstring("go").cstring("jgo").u8(DW_LANG_Go).u32(0).u64(text.address()).u64(text.size());
        for (Func f : funcs) dies.uleb(ABBREV_SUBPROGRAM).cstring(f.name()).u64(f.address()).u64(f.size());
        dies.u8(0);
        byte[] body = dies.toByteArray();
        LeBuffer unit = new LeBuffer();
        unit.u32(2 + 4 + 1 + body.length).u16(4).u32(0).u8(8).bytes(body);
        return unit.toByteArray();
    }

    private static byte[] lineProgram(List<Func> funcs) {
        if (funcs.isEmpty()) return new byte[0];
        Map<String, Integer> files = new LinkedHashMap<>();
        funcs.forEach(f -> f.lines().files().forEach(name -> files.putIfAbsent(name, files.size() + 1)));

        LeBuffer program = new LeBuffer();
        for (Func f : funcs) {
            program.u8(0).uleb(9).u8(DW_LNE_set_address).u64(f.address());
            int file = 1, lineNo = 1, pc = 0;
            for (LineTable.Row row : f.lines().rows()) {
                int rowFile = files.get(row.source().file());
                if (rowFile != file) program.u8(DW_LNS_set_file).uleb(rowFile);
                if (row.source().line() != lineNo) program.u8(DW_LNS_advance_line).sleb(row.source().line() - lineNo);
                if (row.pc() != pc) program.u8(DW_LNS_advance_pc).uleb(row.pc() - pc);
                program.u8(DW_LNS_copy);
                file = rowFile;
                lineNo = row.source().line();
                pc = row.pc();
            }
            program.u8(DW_LNS_advance_pc).uleb(f.size() - pc);
            program.u8(0).uleb(1).u8(DW_LNE_end_sequence);
        }

        LeBuffer header = new LeBuffer();
        header.u8(1).u8(1).u8(1).u8(-5).u8(14).u8(OPCODE_BASE);
        header.bytes(new byte[] {0, 1, 1, 1, 1, 0, 0, 0, 1, 0, 0, 1});
        header.u8(0);
        files.keySet().forEach(name -> header.cstring(name).uleb(0).uleb(0).uleb(0));
        header.u8(0);
        byte[] h = header.toByteArray();
        byte[] p = program.toByteArray();
        LeBuffer unit = new LeBuffer();
        unit.u32(2 + 4 + h.length + p.length).u16(4).u32(h.length).bytes(h).bytes(p);
        return unit.toByteArray();
    }
}
