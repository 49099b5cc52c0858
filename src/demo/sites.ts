/** The demo cluster: the region portal, the five city portals and region department sites. */
export type DemoSite = {
  key: string
  name: string
  siteCode: string
  domains: string[]
  level: 'region' | 'city' | 'department'
  parentKey?: string
  sponsor: string
  phone: string
  address: string
  icpNumber: string
  publicSecurityNumber: string
  partyGovLabelCode: string
}

const site = (
  key: string,
  name: string,
  siteCode: string,
  domain: string,
  level: DemoSite['level'],
  sponsor: string,
  phone: string,
  address: string,
  serial: number,
  parentKey?: string,
): DemoSite => ({
  key,
  name,
  siteCode,
  domains: [domain, `${key}.localhost`],
  level,
  parentKey,
  sponsor,
  phone,
  address,
  icpNumber: `宁ICP备0500${String(1320 + serial).padStart(4, '0')}号`,
  publicSecurityNumber: `宁公网安备 ${siteCode.slice(0, 6)}02000${String(100 + serial).padStart(3, '0')}号`,
  partyGovLabelCode: `64000000${String(1000 + serial)}`,
})

export const demoSites: DemoSite[] = [
  site('nx', '宁夏回族自治区人民政府', '6400000001', 'www.nx.gov.cn', 'region', '宁夏回族自治区人民政府办公厅', '0951-5555555', '银川市兴庆区解放西街361号', 1),
  site('yinchuan', '银川市人民政府', '6401000001', 'www.yinchuan.gov.cn', 'city', '银川市人民政府办公室', '0951-6888111', '银川市金凤区北京中路2号', 2, 'nx'),
  site('shizuishan', '石嘴山市人民政府', '6402000001', 'www.shizuishan.gov.cn', 'city', '石嘴山市人民政府办公室', '0952-2012345', '石嘴山市大武口区朝阳西街2号', 3, 'nx'),
  site('wuzhong', '吴忠市人民政府', '6403000001', 'www.wuzhong.gov.cn', 'city', '吴忠市人民政府办公室', '0953-2021234', '吴忠市利通区明珠东路1号', 4, 'nx'),
  site('guyuan', '固原市人民政府', '6404000001', 'www.nxgy.gov.cn', 'city', '固原市人民政府办公室', '0954-2032123', '固原市原州区政府街1号', 5, 'nx'),
  site('zhongwei', '中卫市人民政府', '6405000001', 'www.nxzw.gov.cn', 'city', '中卫市人民政府办公室', '0955-7012345', '中卫市沙坡头区鼓楼西街1号', 6, 'nx'),
  site('fzggw', '宁夏回族自治区发展和改革委员会', '6400000002', 'fzggw.nx.gov.cn', 'department', '宁夏回族自治区发展和改革委员会', '0951-5022345', '银川市金凤区宁安大街90号', 7, 'nx'),
  site('jyt', '宁夏回族自治区教育厅', '6400000003', 'jyt.nx.gov.cn', 'department', '宁夏回族自治区教育厅', '0951-5556677', '银川市兴庆区文化西街2号', 8, 'nx'),
  site('gat', '宁夏回族自治区公安厅', '6400000004', 'gat.nx.gov.cn', 'department', '宁夏回族自治区公安厅', '0951-6086110', '银川市兴庆区解放西街2号', 9, 'nx'),
  site('mzt', '宁夏回族自治区民政厅', '6400000005', 'mzt.nx.gov.cn', 'department', '宁夏回族自治区民政厅', '0951-5028765', '银川市金凤区人民广场东街217号', 10, 'nx'),
  site('czt', '宁夏回族自治区财政厅', '6400000006', 'czt.nx.gov.cn', 'department', '宁夏回族自治区财政厅', '0951-5069123', '银川市兴庆区解放西街108号', 11, 'nx'),
  site('hrss', '宁夏回族自治区人力资源和社会保障厅', '6400000007', 'hrss.nx.gov.cn', 'department', '宁夏回族自治区人力资源和社会保障厅', '0951-12333', '银川市金凤区北京中路165号', 12, 'nx'),
  site('wsjkw', '宁夏回族自治区卫生健康委员会', '6400000008', 'wsjkw.nx.gov.cn', 'department', '宁夏回族自治区卫生健康委员会', '0951-5559321', '银川市兴庆区解放西街99号', 13, 'nx'),
]

/** A legacy site on its way off the platform: its closure notice shows on every page. */
export const closingDemoSite: DemoSite = site('xxb', '宁夏回族自治区信息化建设办公室（旧版网站）', '6400000009', 'xxb.nx.gov.cn', 'department', '宁夏回族自治区信息化建设办公室', '0951-5061234', '银川市兴庆区解放西街361号', 14, 'nx')
