#!/usr/bin/env python3
"""Ablation helper: adds to a training TSV one copy of each post that holds codebook cues, whose
text is only those cue words (same labels), so a model learns the cue -> label mapping that a
human coder uses apart from the words around it. cue_copies.py IN.tsv OUT.tsv"""
import csv,sys,re
import os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from keyword_rules import read_taxonomy
pats=[]
for s in ('sektor','fungsi'):
    for _,slug,ps in read_taxonomy(s):
        pats+= [p for p,w in ps]
inp,out=sys.argv[1],sys.argv[2]
rows=list(csv.reader(open(inp,encoding='utf-8'),delimiter='\t',quoting=csv.QUOTE_NONE))
h=rows[0]; ti=h.index('text'); n=0
with open(out,'w',encoding='utf-8') as f:
    for r in rows: f.write('\t'.join(r)+'\n')
    for i,r in enumerate(rows[1:]):
        low=r[ti].lower()
        cues=[p.pattern for p in pats if p.search(low)]
        if not cues: continue
        words=[re.sub(r'\(\?<!\\w\)|\(\?!\\w\)','',c).replace('\\','') for c in cues]
        r2=list(r); r2[0]=r[0]+'-cues'; r2[ti]=' '.join(words); f.write('\t'.join(r2)+'\n'); n+=1
print('added',n,file=sys.stderr)
