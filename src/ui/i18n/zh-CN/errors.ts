/**
 * Why data could not be shown: words needed only once something failed, so they are fetched then
 * (with the sentences that use them, ui/states/describeError), not with the first screen.
 */
export const errors = {
  'error.network': '无法连接数据源 {url}（网络错误）。',
  'error.timeout': '数据源 {url} 响应超时：{detail}。',
  'error.detail.timeout': '{seconds} 秒内未收到完整响应',
  'error.detail.redirected': '请求被转到了另一个地址（{host}），已拒绝',
  'error.detail.empty-body': '返回内容为空，应为 JSON',
  'error.detail.html-body': '返回的是网页（HTML）而不是 JSON，请检查 baseUrl 是否指向数据接口',
  'error.detail.not-json': '返回内容不是有效的 JSON（{reason}）',
  'error.detail.shape.not-object': '应为包含数组“{key}”的对象，实际为{got}',
  'error.detail.shape.missing': '应为包含数组“{key}”的对象，但对象中没有“{key}”（其字段：{fields}）',
  'error.detail.shape.missing-empty': '应为包含数组“{key}”的对象，实际是空对象',
  'error.detail.shape.not-array': '应为包含数组“{key}”的对象，但“{key}”是{got}',
  'error.detail.scheme-invalid': '考核方案有误：{problems}',
  'error.detail.scheme-at': '{path}：{text}',
  'error.detail.separator': '；',
  'error.detail.more': '；另有 {count} 处',
  'error.http': '数据源 {url} 返回 HTTP {status}。',
  'error.invalid-payload': '数据源 {url} 返回的数据不符合接口约定：{detail}',
  'error.aborted': '请求已取消：{url}',
  'error.config': '配置文件 config.json 有误：{detail}',
  'error.configUnreachable': '无法读取配置文件 config.json：{detail}',
  'error.unknown': '未知错误：{detail}',
} as const;
