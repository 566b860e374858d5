import puppeteer from 'puppeteer-core';
const b = await puppeteer.launch({executablePath:'/usr/bin/chromium',headless:true,args:['--no-sandbox','--disable-gpu','--disable-background-networking']});
const p = await b.newPage();
await p.setViewport({width: 320, height: 700});
await p.goto(process.argv[2], {waitUntil:'networkidle0'});
for (const a of process.argv.slice(3)) { await p.evaluate(a); await new Promise(r=>setTimeout(r,600)); }
console.log(await p.evaluate(() => {
  const out = [];
  const walk = (root) => { for (const el of root.querySelectorAll('*')) { const r = el.getBoundingClientRect(); if (r.right > 321) out.push(`${el.localName}.${el.className} right=${Math.round(r.right)} w=${Math.round(r.width)}`); if (el.shadowRoot) walk(el.shadowRoot); } };
  walk(document); return [document.documentElement.scrollWidth, ...out.slice(0, 15)];
}));
await b.close();
