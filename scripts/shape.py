#!/usr/bin/env python3
"""The source tree's shape (issue 15): module pairs that import each other (top level and one
level down), files over 600 lines, functions over 80 lines, and the top-level modules in
layers, each using only the ones before it (an import cycle of any length is reported).

    scripts/shape.py [SRC_DIR] [--check]

`--check` exits 1 when any two modules import each other or a longer cycle exists (run by
scripts/test.sh). Reads `crate::` paths outside comments and inline test modules; `cli/` is the
binary's and reaches the library as `sebadesk::`, so it shows as a module of its own.
"""
import os, re, sys, collections
args = [a for a in sys.argv[1:] if not a.startswith('--')]
check = '--check' in sys.argv[1:]
root = args[0] if args else 'src'
problems = 0
files = []
for d, _, fs in os.walk(root):
    for f in fs:
        if f.endswith('.rs'):
            files.append(os.path.join(d, f))

def modpath(p, depth):
    rel = os.path.relpath(p, root)[:-3].split(os.sep)
    if rel[-1] in ('mod',):
        rel = rel[:-1]
    if rel in (['lib'], ['main']):
        return None
    return '::'.join(rel[:depth])

def no_comments(text):
    return '\n'.join(l for l in text.splitlines() if not l.lstrip().startswith('//'))

def code_lines(text):
    # strip trailing #[cfg(test)] mod ... { } block
    m = re.search(r'^#\[cfg\(test\)\]\s*\n\s*mod \w+ \{', text, re.M)
    return text[:m.start()] if m else text

for depth in (1, 2):
    g = collections.defaultdict(set)
    for p in files:
        me = modpath(p, depth)
        if not me: continue
        text = no_comments(code_lines(open(p).read()))
        for m in re.finditer(r'crate::((?:\w+)(?:::\w+)?)', text):
            parts = m.group(1).split('::')
            other = '::'.join(parts[:depth])
            # only count when other is a module path (exists)
            if other != me and not me.startswith(other + '::') and not other.startswith(me + '::'):
                g[me].add(other)
        # use crate::{a, b::c}
        for m in re.finditer(r'use crate::\{([^;]*)\};', text, re.S):
            for item in re.split(r',\s*', m.group(1)):
                item = item.strip().split('::')
                if not item[0] or not re.match(r'\w+$', item[0]): continue
                other = '::'.join(item[:depth])
                if other != me and not me.startswith(other + '::') and not other.startswith(me + '::'):
                    g[me].add(other)
    mods = {modpath(p, depth) for p in files}
    pairs = sorted({tuple(sorted((a, b))) for a in g for b in g[a] if b in mods and a in g.get(b, ())})
    problems += len(pairs)
    print(f'depth {depth}: pairs importing each other: {len(pairs)}')
    for a, b in pairs: print('  ', a, '<->', b)

print('flat files in src/:', sorted(f for f in os.listdir(root) if f.endswith('.rs')))
sizes = []
for p in files:
    t = open(p).read()
    sizes.append((len(t.splitlines()), len(code_lines(t).splitlines()), p))
sizes.sort(reverse=True)
print('files over 600 lines (total / without test module):')
for n, c, p in sizes:
    if n > 600: print(f'  {n:5} {c:5} {p}')
# functions
fns = []
for p in files:
    lines = open(p).read().splitlines()
    intest = False
    i = 0
    while i < len(lines):
        l = lines[i]
        if re.match(r'\s*mod tests\b', l) or re.match(r'\s*#\[cfg\(test\)\]', l) and i+1 < len(lines) and 'mod ' in lines[i+1]:
            break
        m = re.match(r'(\s*)(pub(\([^)]*\))?\s+)?(const\s+)?(async\s+)?(unsafe\s+)?fn\s+(\w+)', l)
        if m:
            indent = m.group(1)
            # find the opening brace line then matching close at same indent
            j = i
            while j < len(lines) and not lines[j].rstrip().endswith('{') and not lines[j].rstrip().endswith(';'):
                j += 1
            if j < len(lines) and lines[j].rstrip().endswith(';'):
                i = j + 1; continue
            k = j + 1
            while k < len(lines) and lines[k] != indent + '}':
                k += 1
            fns.append((k - i + 1, m.group(7), p, i + 1))
            i = k + 1
            continue
        i += 1
fns.sort(reverse=True)
print('non-test functions over 80 lines:')
for n, name, p, ln in fns:
    if n > 80: print(f'  {n:4} {name} {p}:{ln}')

# Longer cycles: the top-level modules in order, each after everything it uses.
import collections as _c
deps = _c.defaultdict(set); mods = set()
for p in files:
    rel = os.path.relpath(p, root)[:-3].split(os.sep)
    top = rel[0]
    if top in ('lib', 'main'): continue
    mods.add(top)
    text = no_comments(code_lines(open(p).read()))
    for m in re.finditer(r'crate::(\w+)', text):
        if m.group(1) != top: deps[top].add(m.group(1))
    for m in re.finditer(r'use crate::\{([^;]*)\};', text, re.S):
        for it in re.split(r',\s*', m.group(1)):
            it = it.strip().split('::')[0]
            if it and it != top: deps[top].add(it)
order = []; left = set(mods)
while left:
    ready = sorted(m for m in left if not (deps[m] & left))
    if not ready:
        print('IMPORT CYCLE among', sorted(left)); problems += 1; break
    order += ready; left -= set(ready)
print('layers (each uses only modules before it):', ' '.join(order))
if check and problems:
    sys.exit(1)
