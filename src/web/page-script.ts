/**
 * The script of every page, served as /page.js: copies the text of the element a button names and says so in
 * a live region. A file of its own rather than inline, so the pages' Content-Security-Policy can forbid inline
 * scripts altogether.
 */
export const PAGE_SCRIPT = `document.addEventListener('click',function(e){var b=e.target.closest&&e.target.closest('button[data-copy]');if(!b)return;
var src=document.getElementById(b.getAttribute('data-copy'));var out=document.getElementById(b.getAttribute('data-status'));if(!src)return;
var text=src.textContent.trim();var done=function(){if(out)out.textContent=b.getAttribute('data-done')||'';};
var fallback=function(){var r=document.createRange();r.selectNodeContents(src);var s=getSelection();s.removeAllRanges();s.addRange(r);try{document.execCommand('copy');}catch(x){}done();};
if(navigator.clipboard&&window.isSecureContext){navigator.clipboard.writeText(text).then(done,fallback);}else{fallback();}});
`;
