// Field offsets of the runtime's Go structures, for assembly (gc generates these as go_asm.h;
// jgo writes them by hand until its build does). OffsetsTest checks them against the layout
// jgo's type checker computes for runtime2.go.

#define g_stack_lo 0
#define g_stack_hi 8
#define g_stackguard0 16
#define g_stackguard1 24
#define g_m 48
#define g_sched 56

#define gobuf_sp 0
#define gobuf_pc 8
#define gobuf_g 16
#define gobuf_ctxt 24
#define gobuf_bp 48

#define m_g0 0
#define m_morebuf 8
#define m_tls 64
#define m_gsignal 104

// stackGuard in runtime2.go.
#define STACK_GUARD 928
