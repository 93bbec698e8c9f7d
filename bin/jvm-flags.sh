#!/usr/bin/env bash
# Sourced by ./mixite: how the launcher picks some of the JVM's flags from a command's arguments.
# Bash functions only, no side effects; bin/test-jvm-flags.sh checks their choices.

# The total size in kB of the command's --input files and directories (0 for anything else).
input_kb() {
  local total=0 in_input=0 a f kb
  for a in "$@"; do
    f=""
    case "$a" in
      --input=*) f=${a#--input=}; in_input=0 ;;
      -i|--input) in_input=1 ;;
      -*) in_input=0 ;;
      *) if [ "$in_input" = 1 ]; then f=$a; fi ;;
    esac
    if [ -n "$f" ] && [ -e "$f" ]; then
      # The bytes a file holds, not the blocks it takes (GNU du; others give their blocks).
      kb=$( (du -sk --apparent-size -- "$f" 2>/dev/null || du -sk -- "$f" 2>/dev/null) | cut -f1 || true)
      case "$kb" in ''|*[!0-9]*) kb=0 ;; esac
      total=$((total + kb))
    fi
  done
  echo "$total"
}

# The machine's memory in kB, or a container's limit when lower.
memory_kb() {
  local mem_kb limit
  mem_kb=$(awk '/^MemTotal:/ { print $2 }' /proc/meminfo 2>/dev/null || true)
  limit=$(cat /sys/fs/cgroup/memory.max 2>/dev/null || true)   # a container's limit, when lower
  case "$limit" in ''|*[!0-9]*) ;; *) [ -n "$mem_kb" ] && [ $((limit / 1024)) -lt "$mem_kb" ] && mem_kb=$((limit / 1024)) ;; esac
  echo "$mem_kb"
}

# The compiler flags for a command (printed; nothing for the JVM's default, tiered compilation).
# Tiered compilation (C1, then the optimising C2 for hot code) pays when a command runs a few
# loops long enough; a command that runs much different code once over columns loses more to
# C2's compiling than C2's code gives back, and runs sooner with the client compiler alone
# (-XX:TieredStopAtLevel=1). Measured through the launcher on 2 cores, the same outputs
# (BENCHMARKS.md, "fifth round"): the 1M-row report 2.6-2.7 s tiered, 1.9-2.0 s C1 (100,000
# rows 1.1 → 0.7 s; 2,000 rows 0.85 → 0.5 s; `analyze` 1M 2.0 → 1.6 s; `demo` 1.7 → 1.2 s); but
# `egapro`, `paygap`, `composition` and `validate` on 1M rows 1.7-2.3 s tiered, 2.1-3.5 s C1,
# and ten million rows streamed in -Xmx1g 91 s tiered, 144 s C1 (record objects want C2's
# inlining and escape analysis). So C1 alone for `report` (not --stream), `analyze` and `demo`
# while the input fits the default heap (a held CSV needs four bytes of heap a byte, and the
# default heap is a quarter of the memory), and for any command on inputs of at most 16 MB
# (about 100,000 rows); tiered for the rest, for `serve`, and whenever MIXITE_JAVA_OPTS sizes
# the heap or chooses the compilers.
mixite_jit_flags() {
  local command="" a in_kb mem_kb jit=""
  for a in "$@"; do case "$a" in -*) ;; *) command=$a; break ;; esac; done
  case " ${MIXITE_JAVA_OPTS:-} " in
    *Tiered*|*CompilationMode*|*-Xint*|*-Xcomp*|*-Xmx*|*MaxHeapSize*|*RAMPercentage*) ;;
    *)
      if [ "$command" != serve ]; then
        in_kb=$(input_kb "$@")
        mem_kb=$(memory_kb)
        case " $command $* " in
          " report "*" --stream "*) ;;
          " report "*|" analyze "*|" demo "*)
            if [ -z "$mem_kb" ] || [ $((in_kb * 16)) -le "$mem_kb" ]; then jit=-XX:TieredStopAtLevel=1; fi ;;
        esac
        if [ "$in_kb" -le 16384 ]; then jit=-XX:TieredStopAtLevel=1; fi
      fi ;;
  esac
  echo "$jit"
}
