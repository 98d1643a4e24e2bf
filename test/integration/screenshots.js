// Driven by screenshots.sh: opens FILE, the News Facts sidebar, waits for decorations, shoots; then hovers a money
// mention and shoots the hover. Needs playwright-core ($PW_CORE) and Debian chromium ($CHROMIUM).
const { chromium } = require(process.env.PW_CORE || 'playwright-core');
const fs = require('fs'), os = require('os'), path = require('path');
const [base, folder, file, outDir] = process.argv.slice(2);

(async () => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'chr-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    env: { ...process.env, XDG_CONFIG_HOME: path.join(profile, 'cfg'), XDG_CACHE_HOME: path.join(profile, 'cache') },
    headless: true,
    viewport: { width: 1400, height: 800 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
           '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const page = ctx.pages()[0] || await ctx.newPage();
  try {
    await page.goto(`${base}/?folder=${encodeURIComponent(folder)}`, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60000 });
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: file }).first().click();
    await page.waitForSelector('.monaco-editor .view-lines .view-line', { timeout: 30000 });
    await page.locator('.activitybar .action-item a[aria-label^="News Facts"], .activitybar .action-label[aria-label^="News Facts"]').first().click();
    await page.waitForSelector('.pane-body .monaco-list-row:has-text("Money:")', { timeout: 30000 });
    // expand the first value of each type so the mentions (line + preview) show
    // (Dates is collapsed first so the Actors group fits above the Facts view)
    const row = (label) => page.locator('.pane-body .monaco-list-row', { hasText: label }).first();
    await row('Dates:').click();
    await page.keyboard.press('ArrowLeft');
    for (const label of ['Money:', 'Actors:']) {
      await row(label).locator('xpath=following-sibling::*[1]').click();
      await page.keyboard.press('ArrowRight');
    }
    // decorations: inline class names VS Code generates for TextEditorDecorationTypes
    await page.waitForFunction(() => document.querySelectorAll('.view-lines span[class*="ced-"], .view-overlays div[class*="ced-"]').length > 0, null, { timeout: 30000 });
    // click into the text so the tree selection highlight does not dominate
    await page.locator('.monaco-editor .view-line').nth(0).click();
    await page.waitForTimeout(700);
    await page.screenshot({ path: path.join(outDir, 'screenshot-sidebar.png') });
    console.log('wrote screenshot-sidebar.png');

    // hover: the money mention "€20 billion" (first money decoration containing "billion")
    const target = page.locator('.view-lines span[class*="ced-"]', { hasText: /€20/ }).first();
    const box = await target.boundingBox();
    if (!box) throw new Error('money mention not found on screen');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForSelector('.monaco-hover:not(.hidden) .hover-contents, .monaco-hover-content .hover-contents', { timeout: 15000 });
    await page.waitForTimeout(600);
    await page.screenshot({ path: path.join(outDir, 'screenshot-hover.png'), clip: { x: 0, y: 0, width: 1400, height: 420 } });
    console.log('wrote screenshot-hover.png');
  } catch (e) {
    await page.screenshot({ path: path.join(outDir, 'screenshot-fail.png') }).catch(() => {});
    console.error('FAILED:', e.message);
    const classes = await page.evaluate(() => [...new Set([...document.querySelectorAll('.view-lines span, .view-overlays div')].map((s) => s.className))].slice(0, 30)).catch(() => []);
    console.error('editor classes:', classes.join(' | '));
    process.exitCode = 1;
  } finally {
    await ctx.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
})();
