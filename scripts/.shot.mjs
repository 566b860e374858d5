import puppeteer from 'puppeteer-core';
const [url, out, width, ...actions] = process.argv.slice(2);
const b = await puppeteer.launch({executablePath:'/usr/bin/chromium',headless:true,args:['--no-sandbox','--disable-gpu','--disable-background-networking']});
const p = await b.newPage();
p.on('console', m => m.type()==='error' && console.log('console', m.text()));
p.on('pageerror', e => console.log('pageerror', e.message));
await p.setViewport({width: Number(width), height: 900});
await p.goto(url, {waitUntil:'networkidle0'});
for (const a of actions) { await p.evaluate(a); await new Promise(r=>setTimeout(r,700)); }
await p.screenshot({path: out, fullPage: false});
await b.close();
