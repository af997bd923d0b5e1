package dev.jgo.asm;

import dev.jgo.syntax.Pos;
import java.util.List;

/**
 * What a declaration check needs of one TEXT's body: its {@code name+off(FP)} references in
 * source order, the positions of its RET instructions (a RET with a target is a tail call and not
 * listed), and whether control can run past its last instruction (the last one is not RET, JMP
 * or UNDEF), with that instruction's position ({@code end}; the TEXT's for an empty body).
 */
public record FrameUse(List<FrameRef> refs, List<Pos> rets, boolean fallsOffEnd, Pos end) {}
