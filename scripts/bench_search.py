#!/usr/bin/env python3
# Measures nnplay search: the speed-up of 2 threads over 1 (medians of 3, nice -n 10)
# and cells/s as the grid grows. Build first: swift build -c release --product nnplay.
# Run it outside the build lock, on an otherwise idle machine.
import subprocess, time, statistics, json, os, resource
B=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".build", "release", "nnplay")
def once(args):
    r0=resource.getrusage(resource.RUSAGE_CHILDREN); t=time.monotonic()
    out=subprocess.run(["nice","-n","10",B,"search"]+args+["--json","-q"],capture_output=True,text=True)
    dt=time.monotonic()-t; r1=resource.getrusage(resource.RUSAGE_CHILDREN)
    assert out.returncode==0, out.stderr
    return dt, (r1.ru_utime-r0.ru_utime), json.loads(out.stdout)
def med(args):
    rs=[once(args) for _ in range(3)]
    return statistics.median(r[0] for r in rs), statistics.median(r[1] for r in rs), rs[0][2]
base=["--dataset","spiral","--hidden","8,8","--x","lr=1e-4..1","--y","l2=1e-5..1e-1"]
print("load", os.getloadavg())
t1,c1,j1=med(base+["--steps","7","--epochs","1000","--threads","1"])
t2,c2,j2=med(base+["--steps","7","--epochs","1000","--threads","2"])
print(f"7x7 cells x 1000 epochs, spiral 8,8: 1 thread {t1:.2f}s wall ({49/t1:.1f} cells/s, cpu {c1:.2f}s); 2 threads {t2:.2f}s wall ({49/t2:.1f} cells/s, cpu {c2:.2f}s); speed-up {t1/t2:.2f}x; same cells {j1['cells']==j2['cells']}")
for s in [4,7,10,14]:
    t,c,_=med(["--dataset","circle","--x","lr=1e-4..1","--y","l2=1e-5..1e-1","--steps",str(s),"--epochs","200","--threads","2"])
    print(f"circle {s}x{s}={s*s} cells x 200 epochs, 2 threads: {t:.3f}s, {s*s/t:.0f} cells/s")
print("load", os.getloadavg())
