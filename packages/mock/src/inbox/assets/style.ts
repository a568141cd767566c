/** The inbox's styles. Colours keep a contrast of at least 4.5:1 (checked in the browser test). */
export const INBOX_CSS = `
*{box-sizing:border-box}
body{margin:0;font:14px/1.4 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1b1f24;background:#fff;height:100vh;display:flex;flex-direction:column}
button,input,select{font:inherit;color:inherit}
button{cursor:pointer;background:#f3f4f6;border:1px solid #8c959f;border-radius:4px;padding:3px 9px}
button:disabled{cursor:default;color:#57606a}
:focus-visible{outline:2px solid #0550ae;outline-offset:1px}
.top{display:flex;align-items:center;gap:16px;padding:8px 14px;border-bottom:1px solid #d0d7de;background:#f6f8fa}
h1{font-size:16px;margin:0}
.tabs{display:flex;gap:4px}
.tabs [aria-selected=true]{background:#0550ae;color:#fff;border-color:#0550ae}
.count{font-size:12px}
.live{margin:0 0 0 auto;color:#57606a;font-size:12px}
.danger{border-color:#a40e26;color:#a40e26;background:#fff}
main{flex:1;min-height:0}
.view{display:flex;height:100%}
.view[hidden]{display:none}
.pane{width:44%;min-width:320px;display:flex;flex-direction:column;border-right:1px solid #d0d7de}
.search{display:flex;gap:6px;align-items:center;padding:8px;border-bottom:1px solid #d0d7de}
.search input{flex:1;min-width:0;padding:4px 6px;border:1px solid #8c959f;border-radius:4px}
.list{list-style:none;margin:0;padding:0;overflow:auto;flex:1}
.row{display:block;width:100%;text-align:left;border:0;border-bottom:1px solid #eaeef2;border-radius:0;background:#fff;padding:7px 10px}
.row:hover{background:#f6f8fa}
.row[aria-current=true]{background:#ddf4ff}
.line{display:flex;gap:8px;align-items:baseline;overflow:hidden;white-space:nowrap}
.line .grow{flex:1;overflow:hidden;text-overflow:ellipsis}
.muted{color:#57606a;font-size:12px}
.subject{font-weight:600}
.badge{display:inline-block;font-size:11px;padding:0 6px;border-radius:8px;background:#eaeef2;color:#1b1f24;white-space:nowrap}
.s-delivered,.s-sent,.ok{background:#dafbe1;color:#116329}
.s-scheduled{background:#ddf4ff;color:#0550ae}
.s-bounced,.s-complained,.s-suppressed,.err{background:#ffebe9;color:#a40e26}
.s-canceled{background:#eaeef2;color:#424a53}
.group{background:#fbefff;color:#6e40c9}
.pager{display:flex;gap:8px;align-items:center;justify-content:space-between;padding:6px 8px;border-top:1px solid #d0d7de}
.detail{flex:1;overflow:auto;padding:12px 16px;min-width:0}
.detail h2{font-size:17px;margin:0 0 8px;overflow-wrap:anywhere}
.detail h3{font-size:13px;margin:14px 0 4px;text-transform:uppercase;letter-spacing:.04em;color:#424a53}
dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:0}
dt{color:#424a53}
dd{margin:0;overflow-wrap:anywhere}
pre{background:#f6f8fa;border:1px solid #d0d7de;border-radius:4px;padding:8px;overflow:auto;max-height:360px;white-space:pre-wrap;overflow-wrap:anywhere;margin:0}
iframe{width:100%;height:380px;border:1px solid #d0d7de;border-radius:4px;background:#fff}
.frame-bar{display:flex;gap:8px;align-items:center;margin-bottom:4px}
.empty{color:#57606a}
table{border-collapse:collapse}
td,th{text-align:left;padding:2px 10px 2px 0;vertical-align:top;overflow-wrap:anywhere}
.rate{margin:0;padding:6px 8px;border-bottom:1px solid #d0d7de}
.rate-chart svg{display:block;width:100%;height:60px;background:#f6f8fa}
.bar-ok{fill:#0550ae}
.bar-429{fill:#a40e26}
.limit{stroke:#1b1f24;stroke-width:1;stroke-dasharray:4 3;vector-effect:non-scaling-stroke}
@media (max-width:700px){
body{height:auto;min-height:100vh}
.top{flex-wrap:wrap;gap:8px;padding:8px}
.tabs{order:3;width:100%;overflow-x:auto}
.tabs button{flex:1;white-space:nowrap;padding:3px 6px}
.view{flex-direction:column;height:auto}
.pane{width:100%;min-width:0;max-height:60vh;border-right:0;border-bottom:1px solid #d0d7de}
.search{flex-wrap:wrap}
.search input{min-width:8em}
.detail{padding:10px;overflow:visible}
dl{grid-template-columns:minmax(0,max-content) minmax(0,1fr)}
iframe{height:300px}
}
`;
