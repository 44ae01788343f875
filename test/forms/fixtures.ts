/**
 * A small catalog and theme with forms: two permits whose application forms share fields, a field filled
 * from the profile, one from an e-licence's data, one from an answer, one produced in the flow, and one the
 * applicant fills in. Made up for tests.
 */
export const FORMS_CATALOG = `
departments:
  market: { name: 市场监督管理局, level: 区县 }
  street: { name: 街道办事处, level: 街镇 }
  police: { name: 公安局, level: 市级 }
licences:
  business-licence:
    name: 电子营业执照
    data: { credit-code: 统一社会信用代码, name: 主体名称 }
facts:
  enterprise.phone: { label: 联系电话, type: text }
  enterprise.staff: { label: 从业人员人数, type: number }
fields:
  name:
    label: 主体名称
    type: text
    section: 申请主体
    from: [ { licence: business-licence, data: name } ]
  credit-code:
    label: 统一社会信用代码
    type: text
    section: 申请主体
    pattern: '^[0-9A-Z]{18}$'
    from: [ { licence: business-licence, data: credit-code }, { produced: business-licence, data: credit-code } ]
  phone:
    label: 联系电话
    type: phone
    section: 申请主体
    from: [ { fact: enterprise.phone } ]
  area:
    label: 经营面积
    type: number
    unit: ㎡
    section: 经营场所
    min: 1
    max: 100000
  kinds:
    label: 经营项目
    type: multiple
    section: 经营场所
    options: { hot: 热食类食品制售, cold: 冷食类食品制售 }
  staff:
    label: 从业人员人数
    type: number
    section: 经营场所
    required: false
    from: [ { fact: enterprise.staff } ]
  sign-text:
    label: 招牌文字
    type: text
    section: 户外招牌
    max: 50
forms:
  food-form:
    name: 食品经营许可申请书
    fields: [name, credit-code, phone, area, kinds, { field: staff, when: { big: true } }]
  sign-form:
    name: 户外招牌设置备案表
    fields: [name, credit-code, phone, sign-text]
  company-form:
    fields: [name, phone]
materials:
  food-application: { name: 食品经营许可申请书, form: 表格, fill: food-form }
  sign-application: { name: 户外招牌设置备案表, form: 表格, fill: sign-form }
  company-application: { name: 公司登记申请书, form: 表格, fill: company-form }
  business-licence: { name: 营业执照, licence: business-licence }
  floor-plan: { name: 平面图, form: 电子 }
  legal-rep-id:
    name: 法定代表人身份证
    shared: { from: police, system: 人口库, when: { enterprise.phone: { equal: '13800000000' } } }
items:
  company:
    name: 设立登记
    department: market
    days: 1
    fee: 0
    produces: [business-licence]
    materials: [company-application]
  food:
    name: 食品经营许可
    department: market
    days: 10
    fee: 0
    materials: [food-application, business-licence, floor-plan, legal-rep-id]
  sign:
    name: 招牌备案
    department: street
    days: 1
    fee: 0
    materials: [sign-application, business-licence]
`;

export const FORMS_THEME = `
id: forms-demo
title: 开店
version: "1"
audience: enterprise
questions:
  - id: exists
    ask: 已有营业执照？
    type: yes-no
  - id: dishes
    ask: 供应什么？
    type: multiple
    options: { hot: 热菜, cold: 凉菜 }
  - id: area
    ask: 面积？
    type: number
    min: 1
    max: 100000
  - id: big
    ask: 是否超过10人？
    type: yes-no
  - id: sign
    ask: 设店招？
    type: yes-no
items:
  company: { when: { exists: false } }
  food: always
  sign: { when: { sign: true } }
fields:
  area: { answer: area }
  kinds: { answer: dishes }
`;
