/**
 * Invented word lists for the generated news. Nothing here comes from a real archive:
 * the names, places and sentences are made up so generated text reads like a news feed.
 */

/** Top-level categories, the way feed archives group their sources. */
export const CATEGORIES = [
  '科技', '财经', '新媒体', '编程', '游戏', '社交媒体',
  '传统媒体', '摄影', '阅读', '设计', '学习', '影音',
] as const;

export const SOURCE_HEADS = [
  '晨光', '星河', '蓝鲸', '北辰', '青柠', '山海', '雾都', '云端', '赤橙', '白塔',
  '长河', '远山', '海风', '松果', '橡树', '竹林', '灯塔', '鲸落', '极光', '砚台',
];
export const SOURCE_TAILS = [
  '日报', '观察', '周刊', '财讯', '科技', '书评', '工坊', '学堂', '晚报', '快讯',
  '研究院', '电台', '画报', '实验室', '社区',
];
export const ENGLISH_SOURCES = [
  'Pixel Daily', 'Tech Wire', 'Harbor Times', 'Northwind Review', 'Open Lens', 'Byte Ledger',
];
export const JAPANESE_SOURCES = ['イラスト速報', 'ゲーム通信', 'まちかど新聞'];
export const KOREAN_SOURCES = ['한빛 뉴스', '오늘의 기술'];

export const FEEDS = [
  '首页', '最新消息', '快讯', '头条', '专栏', '推荐', '7x24 快讯', '每日精选',
  '深度', '评论', '图集', '新闻', '文章更新', '热门', '频道',
];
export const ENGLISH_FEEDS = ['Latest', 'Top Stories', 'Features', 'World'];
export const JAPANESE_FEEDS = ['新着', '人気記事', '特集'];
export const KOREAN_FEEDS = ['최신 기사', '인기'];

export const PLACES = [
  '北京', '上海', '深圳', '杭州', '成都', '武汉', '西安', '南京', '重庆', '广州',
  '苏州', '长沙', '青岛', '厦门', '昆明', '哈尔滨', '天津', '合肥', '郑州', '兰州',
];
export const ORGS = [
  '市统计局', '行业协会', '研究机构', '监管部门', '交通运输局', '教育部门', '气象台',
  '消费者协会', '产业联盟', '创业孵化器', '博物馆', '图书馆', '开源社区', '高校实验室',
];
export const COMPANIES = [
  '星火科技', '远帆汽车', '青禾食品', '明川半导体', '云杉软件', '银杏医疗', '拓原能源',
  '北斗物流', '知行教育', '千帆互娱', '蓝湾航空', '沐光新材', '锦程银行', '鹿鸣传媒',
];
export const TOPICS = [
  '新能源汽车', '人工智能', '数字经济', '城市更新', '乡村振兴', '低空经济', '储能电池',
  '跨境电商', '智能家居', '芯片设计', '生物医药', '在线教育', '文旅消费', '开源软件',
  '算力中心', '无人驾驶', '碳排放交易', '养老服务', '独立游戏', '短视频', '播客',
];
export const PRODUCTS = [
  '折叠屏手机', '电动自行车', '智能手表', '降噪耳机', '开源数据库', '大模型助手',
  '家用储能柜', '复古掌机', '电子墨水阅读器', '全画幅相机', '机械键盘', '扫地机器人',
];
export const ACTIONS = [
  '加快推进', '全面升级', '持续优化', '稳步扩大', '深入研究', '重点支持', '规范发展',
  '积极探索', '统筹布局', '逐步开放',
];
export const OUTCOMES = [
  '稳中有升', '有所放缓', '创下新高', '基本持平', '明显回暖', '小幅波动',
];
export const OPINIONS = [
  '机遇与挑战并存', '下一步怎么走', '专家这样解读', '一文看懂', '你需要知道的五件事',
  '背后的逻辑', '真实体验如何', '还有哪些悬念', '为何引发热议', '值得关注的细节',
];
export const PEOPLE = ['张', '王', '李', '赵', '陈', '刘', '周', '吴', '郑', '孙'];
export const ROLES = ['研究员', '负责人', '分析师', '工程师', '主编', '教授', '产品经理', '记者'];

export const ENGLISH_SUBJECTS = [
  'city council', 'rail operator', 'chip maker', 'weather service', 'open-source foundation',
  'central bank', 'museum', 'start-up', 'space agency', 'hospital network',
];
export const ENGLISH_VERBS = [
  'announced', 'delayed', 'expanded', 'reviewed', 'launched', 'paused', 'tested', 'reported',
];
export const ENGLISH_OBJECTS = [
  'a new battery plant', 'its quarterly results', 'a night bus network', 'an AI safety plan',
  'a public library app', 'a coastal flood barrier', 'cheaper broadband', 'a solar farm',
];

export const JAPANESE_PHRASES = [
  '新しいイラストを公開しました', '今週の人気ランキング', '限定グッズの予約受付が始まりました',
  '春の新作ゲームを紹介します', '駅前のカフェが改装オープン', '夏祭りの日程が決まりました',
];
export const KOREAN_PHRASES = [
  '새로운 서비스가 출시되었습니다', '이번 주 인기 기사', '도시 교통 정책이 바뀝니다',
  '신작 게임 체험기', '주말 날씨 전망', '지역 축제 일정 발표',
];

/** Names of people signing a piece, used for bylines. */
export const EDITORS = ['林小溪', '宋一帆', '许知远', '何晴', '顾北', '沈星'];
