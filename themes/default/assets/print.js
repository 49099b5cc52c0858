// 打印按钮：内容安全策略不允许内联脚本（onclick），所以在这里绑定。
document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target.closest('[data-action="print"]') : null
  if (target) window.print()
})
