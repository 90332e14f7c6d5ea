package dev.signaldesk.bench.corpus;

/**
 * Sentence templates in the phrasings the price extractor supports (DOMAIN.md §2): per card-hour,
 * per server per month in 万, per card in 万 or {@code w}, English per GPU-hour and per chip; plus
 * sell-off talk, neutral context and the traps that are not prices (memory, power, card counts,
 * years). All wording is written for this corpus.
 */
final class Phrasebook {

  /** Hours in a month, as the price index normalises. */
  private static final double HOURS_PER_MONTH = 730;

  private static final String[] ZH_PLACES = {
    "内蒙古", "贵州", "宁夏", "甘肃庆阳", "华东", "上海临港", "河北张家口", "成都", "深圳"
  };
  private static final String[] ZH_WHO = {"一位算力经纪人称", "据业内人士透露", "多位受访者表示", "一家智算中心负责人说", "有贸易商称"};
  private static final String[] EN_PLACES = {
    "Inner Mongolia", "Guizhou", "Ningxia", "Shanghai", "Zhangjiakou", "Chengdu", "Shenzhen"
  };

  private Phrasebook() {}

  static String zhRent(Draw d, GpuModel m, double rent) {
    double server = rent * 8 * HOURS_PER_MONTH / 10_000;
    return switch (d.between(0, 5)) {
      case 0 -> d.pick(ZH_WHO) + "，" + m.spelling() + "的租赁价格约为每卡每小时" + Draw.decimal(rent) + "元。";
      case 1 -> d.pick(ZH_PLACES) + "的" + m.spelling() + "单卡租金已经跌破" + Draw.decimal(rent) + "元/卡时。";
      case 2 -> "某智算中心给出的报价显示，8卡" + m.spelling() + "服务器月租约为" + Draw.decimal(server) + "万元/台。";
      case 3 ->
          m.spelling()
              + "的租赁价格在"
              + Draw.decimal(rent)
              + "元/卡/时上下，"
              + d.pick("较年初明显回落", "与上月基本持平", "部分机房还在议价");
      case 4 ->
          "有平台以"
              + Draw.decimal(rent)
              + "元/卡时的价格出租"
              + m.spelling()
              + "，"
              + d.pick("起租三个月", "要求一年合同", "可按周结算")
              + "。";
      default ->
          "8卡"
              + m.spelling()
              + "整机的月租金已从"
              + Draw.decimal(server * 1.6)
              + "万元降至"
              + Draw.decimal(server)
              + "万元左右。";
    };
  }

  static String zhSale(Draw d, GpuModel m, double sale) {
    return switch (d.between(0, 3)) {
      case 0 ->
          d.pick(ZH_WHO) + "，" + m.spelling() + "单卡现货价格已降至" + Draw.decimal(sale / 10_000) + "万元左右。";
      case 1 -> m.spelling() + "的出货价约为每张" + Draw.decimal(sale / 10_000) + "万元。";
      case 2 -> "一家公司以每台" + Math.round(sale * 8 / 10_000) + "万元的价格出售" + m.spelling() + "服务器。";
      default -> "市场上" + m.spelling() + "整卡价格约为" + Draw.decimal(sale / 10_000) + "万元/张。";
    };
  }

  static String zhSellOff(Draw d, GpuModel m) {
    return d.pick(
        "不少机房开始抛售闲置的" + m.spelling() + "服务器，部分报价低于市场价。",
        "由于租约提前终止，一些" + m.spelling() + "集群只能折价出售。",
        "业内人士形容现在是“人人都在卖，没人买”，不少数据中心成了不良资产。",
        "有投资方正在清仓手里的" + m.spelling() + "整机，希望尽快处置。",
        "供过于求之下，价格战愈演愈烈，" + m.spelling() + "租金几近腰斩。");
  }

  static String zhContext(Draw d, GpuModel m) {
    return d.pick(
        "2023年以来，各地宣布建设的智算中心超过500个，但不少项目建成后利用率不足三成。",
        "业内普遍认为，大模型训练需求向头部公司集中，中小客户更关注推理成本。",
        "一位从业者表示，合同期限、网络条件和交付时间都会影响最终成交价。",
        "多家云厂商近期调整了算力租赁的计费方式，按卡时计费逐渐成为主流。",
        "数据中心的电价和上架率，是决定算力租赁利润的两个关键因素。",
        "部分客户开始尝试国产芯片，以降低对进口GPU的依赖。",
        "市场观察人士提醒，二手设备的保修和来源问题仍需谨慎核实。",
        "今年以来，" + m.spelling() + "相关的询价数量出现了明显波动。");
  }

  static String zhTrap(Draw d, GpuModel m) {
    return d.pick(
        "该集群采购了1万张" + m.spelling() + "，单卡显存80GB，功耗700W。",
        "2024年，这家公司的算力业务营收同比增长了35%。",
        "新机房规划了2000个机柜，总功率约为30兆瓦。",
        "每台服务器配备8张" + m.spelling() + "和2TB内存。");
  }

  static String zhTitle(Draw d, GpuModel m) {
    return d.pick(
        m.spelling() + "租赁价格再下探：" + d.pick(ZH_PLACES) + "智算中心开始降价抢客",
        "算力租赁市场观察：" + m.spelling() + "整机月租还能跌多少",
        "智算中心闲置之困：谁在抛售" + m.spelling() + "服务器",
        m.spelling() + "二手市场调查：价格、渠道与风险",
        "算力价格回暖？" + m.spelling() + "租金出现反弹迹象");
  }

  static String enRent(Draw d, GpuModel m, double rent, double cnyPerUsd) {
    double server = rent * 8 * HOURS_PER_MONTH;
    return switch (d.between(0, 2)) {
      case 0 ->
          "Brokers quoted "
              + m.name()
              + " capacity at $"
              + String.format(java.util.Locale.ROOT, "%.2f", rent / cnyPerUsd)
              + " per GPU-hour.";
      case 1 ->
          "An eight-GPU "
              + m.name()
              + " server in "
              + d.pick(EN_PLACES)
              + " now rents for "
              + Draw.grouped(Math.round(server / 1000) * 1000)
              + " yuan a month.";
      default ->
          "Operators said "
              + m.name()
              + " rentals were going for about "
              + Draw.decimal(rent)
              + " yuan per GPU-hour.";
    };
  }

  static String enSale(Draw d, GpuModel m, double sale, double cnyPerUsd) {
    return "Traders said "
        + m.name()
        + " cards changed hands at $"
        + Draw.grouped(Math.round(sale / cnyPerUsd / 100) * 100)
        + " per chip.";
  }

  static String enSellOff(Draw d, GpuModel m) {
    return d.pick(
        "Several data centres are trying to offload idle "
            + m.name()
            + " clusters at below-market rates.",
        "One broker described it as a fire sale: everyone is selling and few are buying.",
        "Investors who financed the build-out now treat some sites as distressed assets.",
        "Leases were terminated early, and owners began to unload " + m.name() + " servers.");
  }

  static String enContext(Draw d, GpuModel m) {
    return d.pick(
        "More than 500 computing-centre projects were announced in 2023 and 2024, many of them far from the customers that need them.",
        "Utilisation remains low at many sites, with estimates around 30% on average.",
        "Demand for training capacity has concentrated among a few large model developers.",
        "Contract length, networking and delivery time all move the final price.",
        "Inference workloads are growing, but they rarely need the largest clusters.",
        "Buyers are increasingly asking for warranties and proof of origin for second-hand hardware.");
  }

  static String enTrap(Draw d, GpuModel m) {
    return d.pick(
        "The site holds 10,000 "
            + m.name()
            + " cards with 80GB of memory each, drawing 700W per card.",
        "Revenue from the compute business grew 35% in 2024.",
        "The operator plans 2,000 racks with a total power budget of 30 megawatts.");
  }

  static String enTitle(Draw d, GpuModel m) {
    return d.pick(
        m.name() + " rental prices slide as China's compute glut deepens",
        "Inside the sell-off of China's idle " + m.name() + " servers",
        "Are " + m.name() + " prices finally recovering?",
        "Who is buying the distressed GPU clusters?");
  }

  /** A trade-group message: offers, asks, quotes and chatter, 5 to 200 characters. */
  static String zhChat(Draw d, GpuModel m, double rent, double sale) {
    String s = m.spelling();
    double server = rent * 8 * HOURS_PER_MONTH / 10_000;
    return switch (d.between(0, 11)) {
      case 0 -> "出8卡" + s + "整机，" + Math.round(sale * 8 / 10_000) + "w，可刀";
      case 1 -> "出" + s + " 一张" + Draw.decimal(sale / 10_000) + "w 现货" + d.between(2, 40) + "张";
      case 2 -> "收" + s + "整机，价格" + Math.round(sale * 8 / 10_000) + "w以内";
      case 3 -> s + "租赁 " + Draw.decimal(server) + "w/月 8卡 " + d.pick(ZH_PLACES) + "机房";
      case 4 -> "出租" + s + " " + Draw.decimal(rent) + "元/卡时 长租优先";
      case 5 -> "急出" + s + "整机两台，" + Math.round(sale * 8 / 10_000) + "万一台，低于市场价";
      case 6 -> "求购" + s + "，" + Math.round(sale / 10_000) + "万一张，量大";
      case 7 -> d.pick("今天行情怎么样", "有人要吗", "私聊", "价格还能谈吗？", "这个价太高了", "收到");
      case 8 -> "最近" + s + "真的没人要了，大家都在抛售，" + d.pick("哀嚎一片", "价格战打得很凶", "不知道底在哪");
      case 9 -> s + " " + Draw.decimal(rent) + "元/卡时，有需要的私聊，" + d.pick("现货", "可看机", "支持测试");
      case 10 -> d.pick("有", "+1", "好的", "已私") + "，" + d.pick("明天", "下周", "月底") + "能交付吗";
      default -> "听说" + d.pick(ZH_PLACES) + "那边一批" + s + "要清仓，有没有兄弟知道具体价格";
    };
  }

  static String enChat(Draw d, GpuModel m, double rent, double sale, double cnyPerUsd) {
    return switch (d.between(0, 4)) {
      case 0 ->
          "selling 8x "
              + m.name()
              + " at $"
              + String.format(java.util.Locale.ROOT, "%.2f", rent / cnyPerUsd)
              + " per GPU-hour, min 3 months";
      case 1 -> "anyone buying " + m.name() + "? have " + d.between(8, 64) + " units";
      case 2 ->
          "WTB "
              + m.name()
              + " cards, budget $"
              + Draw.grouped(Math.round(sale / cnyPerUsd / 100) * 100)
              + " per chip";
      case 3 -> d.pick("ok", "dm me", "noted, thanks", "price too high", "any pics?");
      default ->
          "another fire sale in "
              + d.pick(EN_PLACES)
              + ", they want to dump everything by month end";
    };
  }
}
