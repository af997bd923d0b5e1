package dev.jgo.ssagen;

/**
 * The kinds of bounds failure, in gc's order (the auxInt of PanicBounds; the runtime picks its
 * message by it). The U variants say the failing index was unsigned.
 */
public enum BoundsKind {
    INDEX, INDEX_U,
    SLICE_ALEN, SLICE_ALEN_U, SLICE_ACAP, SLICE_ACAP_U, SLICE_B, SLICE_B_U,
    SLICE3_ALEN, SLICE3_ALEN_U, SLICE3_ACAP, SLICE3_ACAP_U, SLICE3_B, SLICE3_B_U, SLICE3_C, SLICE3_C_U,
    CONVERT;

    /** This kind or its unsigned variant. */
    BoundsKind unsigned(boolean u) {
        return u && this != CONVERT ? values()[ordinal() | 1] : this;
    }

    /** Whether the failing index is to be read as unsigned. */
    public boolean isUnsigned() {
        return this != CONVERT && (ordinal() & 1) == 1;
    }
}
