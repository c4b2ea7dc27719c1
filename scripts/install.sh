#!/bin/sh
# Installs nnplay under a prefix, after `swift build -c release`:
#   PREFIX/bin/nnplay                  the program
#   PREFIX/share/nnplay/lessons/       the shipped lessons
#   PREFIX/share/nnplay/datasets/      the shipped datasets
# The program finds share/nnplay from its own path, from any working directory.
#
# usage: scripts/install.sh [--prefix DIR] [--binary PATH]
#   --prefix DIR    where to install (default /usr/local)
#   --binary PATH   the binary to install (default .build/release/nnplay)
set -eu
cd "$(dirname "$0")/.."

prefix=/usr/local
binary=.build/release/nnplay
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) [ $# -ge 2 ] || { echo "install.sh: --prefix needs a folder" >&2; exit 64; }; prefix=$2; shift 2 ;;
        --prefix=*) prefix=${1#--prefix=}; shift ;;
        --binary) [ $# -ge 2 ] || { echo "install.sh: --binary needs a file" >&2; exit 64; }; binary=$2; shift 2 ;;
        --binary=*) binary=${1#--binary=}; shift ;;
        -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "install.sh: unknown argument '$1' (try --help)" >&2; exit 64 ;;
    esac
done
[ -x "$binary" ] || { echo "install.sh: $binary not found: run 'swift build -c release' first" >&2; exit 1; }

share="$prefix/share/nnplay"
mkdir -p "$prefix/bin" "$share"
# Each folder is copied beside the old one, then swapped in, so a failed copy leaves
# the previous install whole; files are readable by everyone, writable by no one else.
for folder in lessons datasets; do
    rm -rf "$share/.$folder.new"
    mkdir "$share/.$folder.new"
    for file in "$folder"/*.md "$folder"/*.csv; do
        if [ -f "$file" ]; then cp "$file" "$share/.$folder.new/"; fi
    done
    chmod -R a+rX,go-w "$share/.$folder.new"
    rm -rf "$share/$folder.old"
    [ -d "$share/$folder" ] && mv "$share/$folder" "$share/$folder.old"
    mv "$share/.$folder.new" "$share/$folder"
    rm -rf "$share/$folder.old"
done
cp "$binary" "$prefix/bin/.nnplay.new"
chmod 755 "$prefix/bin/.nnplay.new"
mv "$prefix/bin/.nnplay.new" "$prefix/bin/nnplay"
echo "installed $prefix/bin/nnplay (lessons and datasets in $share)"
