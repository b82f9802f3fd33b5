<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import CSV</source>
        <translation>导入 CSV</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>头寸</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV 文件</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Issue</name>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，列 %2</translation>
    </message>
    <message>
        <source>&lt;input&gt;</source>
        <translation>&lt;输入&gt;</translation>
    </message>
    <message>
        <source>: warning: </source>
        <translation>：警告：</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>必须是有限数</translation>
    </message>
    <message>
        <source>magnitude above 1e15 is not a plausible amount</source>
        <translation>超过 1e15 的数值不是合理的金额</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>不能为负</translation>
    </message>
    <message>
        <source>must not be negative (got %1)</source>
        <translation>不能为负（实际为 %1）</translation>
    </message>
    <message>
        <source>must be greater than zero (got %1)</source>
        <translation>必须大于零（实际为 %1）</translation>
    </message>
    <message>
        <source>must be a fraction in [0, 1]</source>
        <translation>必须是 [0, 1] 内的比例</translation>
    </message>
    <message>
        <source>must be a fraction in [0, 1] (got %1)</source>
        <translation>必须是 [0, 1] 内的比例（实际为 %1）</translation>
    </message>
    <message>
        <source>must be in (0, 1)</source>
        <translation>必须在 (0, 1) 内</translation>
    </message>
    <message>
        <source>must be between 1 and 10000</source>
        <translation>必须在 1 到 10000 之间</translation>
    </message>
    <message>
        <source>a correlation must be in [-1, 1]</source>
        <translation>相关系数必须在 [-1, 1] 内</translation>
    </message>
    <message>
        <source>a liquidation bonus is a multiplier in [1, 2] (1.05 = 5% bonus)</source>
        <translation>清算奖励是 [1, 2] 内的乘数（1.05 = 5% 奖励）</translation>
    </message>
    <message>
        <source>LTV above the liquidation threshold</source>
        <translation>LTV 高于清算阈值</translation>
    </message>
    <message>
        <source>a fee in basis points must be in [0, 10000)</source>
        <translation>以基点计的费用必须在 [0, 10000) 内</translation>
    </message>
    <message>
        <source>a price cannot fall more than 100%</source>
        <translation>价格跌幅不能超过 100%</translation>
    </message>
    <message>
        <source>required number is missing</source>
        <translation>缺少必需的数值</translation>
    </message>
    <message>
        <source>prices must be positive and finite</source>
        <translation>价格必须为正且有限</translation>
    </message>
    <message>
        <source>times must increase</source>
        <translation>时间必须递增</translation>
    </message>
    <message>
        <source>times must not go back</source>
        <translation>时间不能倒退</translation>
    </message>
    <message>
        <source>an asset id is required</source>
        <translation>需要资产 ID</translation>
    </message>
    <message>
        <source>a node id is required</source>
        <translation>需要节点 ID</translation>
    </message>
    <message>
        <source>a link id is required</source>
        <translation>需要链接 ID</translation>
    </message>
    <message>
        <source>a position id is required</source>
        <translation>需要头寸 ID</translation>
    </message>
    <message>
        <source>a loan id is required</source>
        <translation>需要贷款 ID</translation>
    </message>
    <message>
        <source>a pool id is required</source>
        <translation>需要池 ID</translation>
    </message>
    <message>
        <source>unknown asset &apos;%1&apos;</source>
        <translation>未知资产“%1”</translation>
    </message>
    <message>
        <source>unknown node &apos;%1&apos;</source>
        <translation>未知节点“%1”</translation>
    </message>
    <message>
        <source>unknown link &apos;%1&apos;</source>
        <translation>未知链接“%1”</translation>
    </message>
    <message>
        <source>unknown position &apos;%1&apos;</source>
        <translation>未知头寸“%1”</translation>
    </message>
    <message>
        <source>unknown loan &apos;%1&apos;</source>
        <translation>未知贷款“%1”</translation>
    </message>
    <message>
        <source>unknown pool &apos;%1&apos;</source>
        <translation>未知池“%1”</translation>
    </message>
    <message>
        <source>unknown venue &apos;%1&apos;</source>
        <translation>未知场所“%1”</translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos; among the %2</source>
        <translation>%2 中 ID“%1”重复</translation>
    </message>
    <message>
        <source>an id is required</source>
        <translation>需要 ID</translation>
    </message>
    <message>
        <source>no such position</source>
        <translation>没有该头寸</translation>
    </message>
    <message>
        <source>no run with this id</source>
        <translation>没有该 ID 的运行</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a shipment</source>
        <translation>“%1”不是货运</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an obligation</source>
        <translation>“%1”不是债务</translation>
    </message>
    <message>
        <source>an invoice token needs a price or a faceValue</source>
        <translation>发票代币需要价格或 faceValue</translation>
    </message>
    <message>
        <source>the chain of underlyings loops back on itself</source>
        <translation>标的链循环回到自身</translation>
    </message>
    <message>
        <source>arrives before it departs</source>
        <translation>到达早于出发</translation>
    </message>
    <message>
        <source>a link from a node to itself</source>
        <translation>从节点到其自身的链接</translation>
    </message>
    <message>
        <source>supply link &apos;%1&apos; closes a cycle back to &apos;%2&apos; (allowed; tiers then follow the longest path without a repeat)</source>
        <translation>供应链接“%1”形成回到“%2”的环（允许；层级随后沿不重复的最长路径确定）</translation>
    </message>
    <message>
        <source>empty reserves: the pool cannot trade</source>
        <translation>储备为空：该池无法交易</translation>
    </message>
    <message>
        <source>lower must be below upper</source>
        <translation>lower 必须低于 upper</translation>
    </message>
    <message>
        <source>an empty book side</source>
        <translation>订单簿一侧为空</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a %2, not a lending venue or lender</source>
        <translation>“%1”是 %2，不是借贷场所或贷方</translation>
    </message>
    <message>
        <source>position &apos;%1&apos; is already pledged to loan &apos;%2&apos;</source>
        <translation>头寸“%1”已质押给贷款“%2”</translation>
    </message>
    <message>
        <source>position &apos;%1&apos; belongs to &apos;%2&apos;, not to the borrower &apos;%3&apos;</source>
        <translation>头寸“%1”属于“%2”，而非借款人“%3”</translation>
    </message>
    <message>
        <source>position &apos;%1&apos; says it is pledged to &apos;%2&apos;</source>
        <translation>头寸“%1”声明已质押给“%2”</translation>
    </message>
    <message>
        <source>venue &apos;%1&apos; has no risk parameters (liquidationThreshold, liquidationBonus) for &apos;%2&apos;</source>
        <translation>场所“%1”没有“%2”的风险参数（liquidationThreshold、liquidationBonus）</translation>
    </message>
    <message>
        <source>loan &apos;%1&apos; does not list position &apos;%2&apos; as collateral</source>
        <translation>贷款“%1”未将头寸“%2”列为抵押品</translation>
    </message>
    <message>
        <source>pledged to loan &apos;%1&apos; of &apos;%2&apos; but owned by &apos;%3&apos;</source>
        <translation>已质押给“%2”的贷款“%1”，但归“%3”所有</translation>
    </message>
    <message>
        <source>a concentrated pool needs its liquidity ranges</source>
        <translation>集中流动性池需要其流动性区间</translation>
    </message>
    <message>
        <source>unknown metric &apos;%1&apos; (known: delay-days)</source>
        <translation>未知指标“%1”（已知：delay-days）</translation>
    </message>
    <message>
        <source>a parametric cover needs a trigger</source>
        <translation>参数化保障需要触发条件</translation>
    </message>
    <message>
        <source>a quantity is a finite number from 0 to 1e15</source>
        <translation>数量是 0 到 1e15 之间的有限数</translation>
    </message>
    <message>
        <source>a price shock needs &apos;relative&apos; or &apos;set&apos;</source>
        <translation>价格冲击需要“relative”或“set”</translation>
    </message>
    <message>
        <source>a depeg needs &apos;relative&apos; or &apos;set&apos;</source>
        <translation>脱锚需要“relative”或“set”</translation>
    </message>
    <message>
        <source>a liquidity shock names a &apos;pool&apos; or a &apos;venue&apos;</source>
        <translation>流动性冲击需指定“pool”或“venue”</translation>
    </message>
    <message>
        <source>an oracle manipulation needs &apos;relative&apos; or &apos;set&apos;</source>
        <translation>预言机操纵需要“relative”或“set”</translation>
    </message>
    <message>
        <source>a delay names a &apos;node&apos; (every shipment through it) or a &apos;shipment&apos;</source>
        <translation>延误需指定“node”（经过它的所有货运）或“shipment”</translation>
    </message>
    <message>
        <source>a chain is required</source>
        <translation>需要链</translation>
    </message>
    <message>
        <source>a replay needs two or more points</source>
        <translation>回放需要两个或更多点</translation>
    </message>
    <message>
        <source>too many shocks</source>
        <translation>冲击过多</translation>
    </message>
    <message>
        <source>too many points</source>
        <translation>点过多</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>应为数值，实际为 %1</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>应为数值</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>required text is missing</source>
        <translation>缺少必需的文本</translation>
    </message>
    <message>
        <source>expected text, got %1</source>
        <translation>应为文本，实际为 %1</translation>
    </message>
    <message>
        <source>text longer than %1 characters</source>
        <translation>文本超过 %1 个字符</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>expected an ISO 8601 UTC time in quotes</source>
        <translation>应为带引号的 ISO 8601 UTC 时间</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 UTC time</source>
        <translation>“%1”不是 ISO 8601 UTC 时间</translation>
    </message>
    <message>
        <source>not an ISO 8601 UTC time</source>
        <translation>不是 ISO 8601 UTC 时间</translation>
    </message>
    <message>
        <source>required value is missing</source>
        <translation>缺少必需的值</translation>
    </message>
    <message>
        <source>unknown value &apos;%1&apos;</source>
        <translation>未知值“%1”</translation>
    </message>
    <message>
        <source>expected a list of ids</source>
        <translation>应为 ID 列表</translation>
    </message>
    <message>
        <source>expected an id</source>
        <translation>应为 ID</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>应为列表</translation>
    </message>
    <message>
        <source>more than %1 elements</source>
        <translation>超过 %1 个元素</translation>
    </message>
    <message>
        <source>expected [price, size]</source>
        <translation>应为 [价格, 数量]</translation>
    </message>
    <message>
        <source>expected [&quot;ISO time&quot;, price]</source>
        <translation>应为 [&quot;ISO 时间&quot;, 价格]</translation>
    </message>
    <message>
        <source>expected a list of [time, price]</source>
        <translation>应为 [时间, 价格] 列表</translation>
    </message>
    <message>
        <source>file larger than the 1 GiB limit</source>
        <translation>文件超过 1 GiB 上限</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>the number %1 is too large to represent (not finite)</source>
        <translation>数值 %1 过大，无法表示（非有限）</translation>
    </message>
    <message>
        <source>a workbook is a JSON object</source>
        <translation>工作簿是一个 JSON 对象</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Ballast workbook (expected ballast.workbook)</source>
        <translation>“%1”不是 Ballast 工作簿（应为 ballast.workbook）</translation>
    </message>
    <message>
        <source>written by a newer Ballast (format version %1; this build reads up to %2)</source>
        <translation>由更新版本的 Ballast 写入（格式版本 %1；本版本最多读取 %2）</translation>
    </message>
    <message>
        <source>version must be 1 or more</source>
        <translation>版本必须不小于 1</translation>
    </message>
    <message>
        <source>too many rows</source>
        <translation>行数过多</translation>
    </message>
    <message>
        <source>a field longer than 4096 characters</source>
        <translation>字段超过 4096 个字符</translation>
    </message>
    <message>
        <source>unterminated quoted field</source>
        <translation>带引号的字段未结束</translation>
    </message>
    <message>
        <source>a header row is required</source>
        <translation>需要表头行</translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos; ignored</source>
        <translation>已忽略未知列“%1”</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; appears twice</source>
        <translation>列“%1”出现两次</translation>
    </message>
    <message>
        <source>required column &apos;%1&apos; is missing</source>
        <translation>缺少必需的列“%1”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number (use &apos;.&apos; for decimals)</source>
        <translation>“%1”不是数值（小数点请用“.”）</translation>
    </message>
    <message>
        <source>a single-asset price file needs the asset named (--asset)</source>
        <translation>单一资产价格文件需要指定资产（--asset）</translation>
    </message>
    <message>
        <source>a price must be positive and finite</source>
        <translation>价格必须为正且有限</translation>
    </message>
    <message>
        <source>unknown node type &apos;%1&apos;</source>
        <translation>未知节点类型“%1”</translation>
    </message>
    <message>
        <source>unknown link type &apos;%1&apos;</source>
        <translation>未知链接类型“%1”</translation>
    </message>
    <message>
        <source>a tier is a whole number</source>
        <translation>层级必须是整数</translation>
    </message>
    <message>
        <source>a quantity is required</source>
        <translation>需要数量</translation>
    </message>
    <message>
        <source>cannot open the file for reading</source>
        <translation>无法打开文件进行读取</translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation>无法读取文件</translation>
    </message>
    <message>
        <source>file of %1 bytes exceeds the limit of %2</source>
        <translation>文件大小 %1 字节超过上限 %2</translation>
    </message>
    <message>
        <source>cannot create a temporary file beside it</source>
        <translation>无法在其旁边创建临时文件</translation>
    </message>
    <message>
        <source>write failed (disk full?)</source>
        <translation>写入失败（磁盘已满？）</translation>
    </message>
    <message>
        <source>cannot flush the file to disk</source>
        <translation>无法将文件写入磁盘</translation>
    </message>
    <message>
        <source>cannot replace the file</source>
        <translation>无法替换文件</translation>
    </message>
    <message>
        <source>cannot open the workbook: %1</source>
        <translation>无法打开工作簿：%1</translation>
    </message>
    <message>
        <source>cannot start the migration: %1</source>
        <translation>无法开始迁移：%1</translation>
    </message>
    <message>
        <source>migration to schema %1 failed: %2</source>
        <translation>迁移到架构 %1 失败：%2</translation>
    </message>
    <message>
        <source>cannot commit the migration: %1</source>
        <translation>无法提交迁移：%1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>not a Ballast workbook: %1</source>
        <translation>不是 Ballast 工作簿：%1</translation>
    </message>
    <message>
        <source>cannot switch to WAL: %1</source>
        <translation>无法切换到 WAL：%1</translation>
    </message>
    <message>
        <source>the workbook is busy (another program is writing it): %1</source>
        <translation>工作簿正忙（另一个程序正在写入）：%1</translation>
    </message>
    <message>
        <source>the workbook is busy: %1</source>
        <translation>工作簿正忙：%1</translation>
    </message>
    <message>
        <source>cannot clear %1: %2</source>
        <translation>无法清空 %1：%2</translation>
    </message>
    <message>
        <source>cannot prepare the save: %1</source>
        <translation>无法准备保存：%1</translation>
    </message>
    <message>
        <source>cannot save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <source>cannot save the price history: %1</source>
        <translation>无法保存价格历史：%1</translation>
    </message>
    <message>
        <source>cannot commit the save: %1</source>
        <translation>无法提交保存：%1</translation>
    </message>
    <message>
        <source>cannot store the run: %1</source>
        <translation>无法存储运行：%1</translation>
    </message>
    <message>
        <source>cannot store ticks: %1</source>
        <translation>无法存储行情：%1</translation>
    </message>
    <message>
        <source>cannot commit ticks: %1</source>
        <translation>无法提交行情：%1</translation>
    </message>
    <message>
        <source>not a SQLite database, or damaged beyond reading</source>
        <translation>不是 SQLite 数据库，或已损坏无法读取</translation>
    </message>
    <message>
        <source>the workbook failed its integrity check: %1</source>
        <translation>工作簿未通过完整性检查：%1</translation>
    </message>
    <message>
        <source>written by a newer Ballast (schema %1; this build reads up to %2); open it with that version</source>
        <translation>由更新版本的 Ballast 写入（架构 %1；本版本最多读取 %2）；请用该版本打开</translation>
    </message>
    <message>
        <source>stored entity is not valid JSON</source>
        <translation>存储的条目不是有效的 JSON</translation>
    </message>
    <message>
        <source>not a Ballast workbook (no SQLite header)</source>
        <translation>不是 Ballast 工作簿（无 SQLite 文件头）</translation>
    </message>
    <message>
        <source>a SQLite file but not a Ballast workbook</source>
        <translation>是 SQLite 文件但不是 Ballast 工作簿</translation>
    </message>
    <message>
        <source>not a Ballast workbook</source>
        <translation>不是 Ballast 工作簿</translation>
    </message>
    <message>
        <source>exists and is not a Ballast workbook; refusing to overwrite it</source>
        <translation>文件已存在且不是 Ballast 工作簿；拒绝覆盖</translation>
    </message>
    <message>
        <source>a reference to an id that is not in the book; nothing was saved</source>
        <translation>引用了账簿中不存在的 ID；未保存任何内容</translation>
    </message>
    <message>
        <source>the book has no assets: Monte Carlo needs at least one risk factor (an asset with a volatility)</source>
        <translation>账簿没有资产：蒙特卡洛至少需要一个风险因子（有波动率的资产）</translation>
    </message>
    <message>
        <source>no asset has a volatility: Monte Carlo needs at least one risk factor</source>
        <translation>没有资产具有波动率：蒙特卡洛至少需要一个风险因子</translation>
    </message>
    <message>
        <source>the book has no crypto asset to drop</source>
        <translation>账簿中没有可下跌的加密资产</translation>
    </message>
    <message>
        <source>unknown family &apos;%1&apos; (price:ASSET, crypto, liquidity:VENUE, delay:NODE)</source>
        <translation>未知族“%1”（price:ASSET、crypto、liquidity:VENUE、delay:NODE）</translation>
    </message>
    <message>
        <source>loss:AMOUNT needs a positive amount</source>
        <translation>loss:AMOUNT 需要正数金额</translation>
    </message>
    <message>
        <source>unknown outcome &apos;%1&apos; (bad-debt, default:NODE, loss:AMOUNT)</source>
        <translation>未知结果“%1”（bad-debt、default:NODE、loss:AMOUNT）</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>internal error: %1</source>
        <translation>内部错误：%1</translation>
    </message>
    <message>
        <source>a %1 needs a price</source>
        <translation>%1 类资产需要价格</translation>
    </message>
    <message>
        <source>cannot write the Excel workbook: %1</source>
        <translation>无法写入 Excel 工作簿：%1</translation>
    </message>
</context>
<context>
    <name>LenderReport</name>
    <message>
        <source>Scenario: %1</source>
        <translation>情景：%1</translation>
    </message>
    <message>
        <source>None in this book.</source>
        <translation>本账簿中没有。</translation>
    </message>
    <message>
        <source>(no date set)</source>
        <translation>（未设日期）</translation>
    </message>
    <message>
        <source>Ballast · lender report</source>
        <translation>Ballast · 贷方报告</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Base currency</source>
        <translation>基础货币</translation>
    </message>
    <message>
        <source>Input hash (FNV-1a of the book&apos;s JSON)</source>
        <translation>输入哈希（账簿 JSON 的 FNV-1a）</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>账簿</translation>
    </message>
    <message>
        <source>%1 nodes, %2 positions, %3 loans, %4 pools, %5 scenarios</source>
        <translation>%1 个节点，%2 个头寸，%3 笔贷款，%4 个池，%5 个情景</translation>
    </message>
    <message>
        <source>Scenarios in this report</source>
        <translation>本报告中的情景</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>生成者</translation>
    </message>
    <message>
        <source>Ballast %1 on %2</source>
        <translation>Ballast %1，于 %2</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Sources of the book&apos;s data:</source>
        <translation>账簿数据来源：</translation>
    </message>
    <message>
        <source>Figures are in %1 at the as-of time above. Reproduce them with the same book (same input hash) and &lt;tt&gt;ballast-cli exposure&lt;/tt&gt; / &lt;tt&gt;shock&lt;/tt&gt;; the method is in the appendix.</source>
        <translation>金额以 %1 计，截至上述时间。使用同一账簿（相同输入哈希）和 &lt;tt&gt;ballast-cli exposure&lt;/tt&gt; / &lt;tt&gt;shock&lt;/tt&gt; 可复现；方法见附录。</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>Exposure at market</source>
        <translation>按市价计的敞口</translation>
    </message>
    <message>
        <source>Exit value (after slippage)</source>
        <translation>退出价值（扣除滑点）</translation>
    </message>
    <message>
        <source>Liquidation cost</source>
        <translation>清算成本</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>债务</translation>
    </message>
    <message>
        <source>Collateral, risk-adjusted</source>
        <translation>抵押品（风险调整后）</translation>
    </message>
    <message>
        <source>Collateral coverage (at market / debt)</source>
        <translation>抵押覆盖率（市价 / 债务）</translation>
    </message>
    <message>
        <source>no debt</source>
        <translation>无债务</translation>
    </message>
    <message>
        <source>Lowest health factor</source>
        <translation>最低健康因子</translation>
    </message>
    <message>
        <source>Loans at risk (HF below 1)</source>
        <translation>风险贷款（HF 低于 1）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 中的 %1</translation>
    </message>
    <message>
        <source>Delta-normal VaR 99%, %1 day(s)</source>
        <translation>Delta-正态 VaR 99%，%1 天</translation>
    </message>
    <message>
        <source>Derivatives value</source>
        <translation>衍生品价值</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>敞口</translation>
    </message>
    <message>
        <source>By counterparty (largest 12 by holdings and receivables)</source>
        <translation>按交易对手（持仓和应收款最大的 12 个）</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>交易对手</translation>
    </message>
    <message>
        <source>Holdings</source>
        <translation>持仓</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>应收款</translation>
    </message>
    <message>
        <source>Payables</source>
        <translation>应付款</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <source>Collateral posted</source>
        <translation>已提供抵押品</translation>
    </message>
    <message>
        <source>Exposure by counterparty</source>
        <translation>按交易对手的敞口</translation>
    </message>
    <message>
        <source>holdings</source>
        <translation>持仓</translation>
    </message>
    <message>
        <source>net receivables</source>
        <translation>净应收</translation>
    </message>
    <message>
        <source>By lending venue</source>
        <translation>按借贷场所</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Collateral (risk-adj.)</source>
        <translation>抵押品（风险调整）</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>贷款</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <source>HHI</source>
        <translation>HHI</translation>
    </message>
    <message>
        <source>By asset (largest 12 by market value)</source>
        <translation>按资产（市值最大的 12 个）</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>资产</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Market value</source>
        <translation>市值</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation>已质押</translation>
    </message>
    <message>
        <source>Depth to 2%</source>
        <translation>2% 深度</translation>
    </message>
    <message>
        <source>Oracle dev.</source>
        <translation>预言机偏差</translation>
    </message>
    <message>
        <source>Collateral by asset</source>
        <translation>按资产的抵押品</translation>
    </message>
    <message>
        <source>Quantity pledged</source>
        <translation>质押数量</translation>
    </message>
    <message>
        <source>Haircut</source>
        <translation>折扣率</translation>
    </message>
    <message>
        <source>Exit value</source>
        <translation>变现价值</translation>
    </message>
    <message>
        <source>Exit discount</source>
        <translation>退出折让</translation>
    </message>
    <message>
        <source>Haircut: one minus the liquidation threshold, weighted by the oracle value pledged. Exit value: what the pledged quantity fetches sold through the book&apos;s pools at once (slippage and fees), or its market value where no pool trades it.</source>
        <translation>折扣：1 减去清算阈值，按质押的预言机价值加权。退出价值：质押数量通过账簿中的池一次性卖出所得（含滑点和费用）；无池交易时取其市值。</translation>
    </message>
    <message>
        <source>The ten loans closest to liquidation</source>
        <translation>最接近清算的十笔贷款</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>贷款</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>借款人</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation>抵押品</translation>
    </message>
    <message>
        <source>HF</source>
        <translation>HF</translation>
    </message>
    <message>
        <source>LTV</source>
        <translation>LTV</translation>
    </message>
    <message>
        <source>Liq. price</source>
        <translation>清算价</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <source>HF: risk-adjusted collateral over debt at oracle prices; a loan is liquidated below 1. Liquidation price and distance apply to loans with a single collateral asset.</source>
        <translation>HF：按预言机价格计算的风险调整后抵押品除以债务；低于 1 时贷款被清算。清算价格和距离适用于只有一种抵押资产的贷款。</translation>
    </message>
    <message>
        <source>%1 price moves %2</source>
        <translation>%1 价格变动 %2</translation>
    </message>
    <message>
        <source>%1 price set to %2</source>
        <translation>%1 价格设为 %2</translation>
    </message>
    <message>
        <source>%1 volatility × %2</source>
        <translation>%1 波动率 × %2</translation>
    </message>
    <message>
        <source>%1 depegs by %2</source>
        <translation>%1 脱锚 %2</translation>
    </message>
    <message>
        <source>%1 depegs to %2</source>
        <translation>%1 脱锚至 %2</translation>
    </message>
    <message>
        <source>liquidity of %1 drained by %2</source>
        <translation>%1 的流动性被抽走 %2</translation>
    </message>
    <message>
        <source>%1 oracle stale for %2 h</source>
        <translation>%1 预言机停滞 %2 小时</translation>
    </message>
    <message>
        <source>%1 oracle manipulated by %2</source>
        <translation>%1 预言机被操纵 %2</translation>
    </message>
    <message>
        <source>%1 oracle set to %2</source>
        <translation>%1 预言机设为 %2</translation>
    </message>
    <message>
        <source>%1 defaults</source>
        <translation>%1 违约</translation>
    </message>
    <message>
        <source>shipments through %1 delayed %2 days</source>
        <translation>经过 %1 的货运延误 %2 天</translation>
    </message>
    <message>
        <source>%1 halted for %2 rounds</source>
        <translation>%1 暂停 %2 轮</translation>
    </message>
    <message>
        <source>finality on %1 delayed %2 s</source>
        <translation>%1 上的最终确认延迟 %2 秒</translation>
    </message>
    <message>
        <source>%1 follows a recorded price path of %2 points</source>
        <translation>%1 沿着含 %2 个点的历史价格路径变动</translation>
    </message>
    <message>
        <source>The shocks:</source>
        <translation>冲击：</translation>
    </message>
    <message>
        <source>Total loss</source>
        <translation>总损失</translation>
    </message>
    <message>
        <source>Bad debt</source>
        <translation>坏账</translation>
    </message>
    <message>
        <source>Liquidations</source>
        <translation>清算次数</translation>
    </message>
    <message>
        <source>Collateral sold</source>
        <translation>已售抵押品</translation>
    </message>
    <message>
        <source>Debt repaid</source>
        <translation>已偿还债务</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>违约数</translation>
    </message>
    <message>
        <source>Cascade rounds</source>
        <translation>连锁轮数</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After, with breakers</source>
        <translation>之后（有熔断）</translation>
    </message>
    <message>
        <source>After, no breakers</source>
        <translation>之后（无熔断）</translation>
    </message>
    <message>
        <source>The cascade, round by round</source>
        <translation>逐轮级联</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Proceeds</source>
        <translation>所得</translation>
    </message>
    <message>
        <source>Venues halted</source>
        <translation>暂停的场所</translation>
    </message>
    <message>
        <source>Where the loss comes from</source>
        <translation>损失来源</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Liquidation penalty</source>
        <translation>清算罚金</translation>
    </message>
    <message>
        <source>Fire sale</source>
        <translation>抛售</translation>
    </message>
    <message>
        <source>Oracle</source>
        <translation>预言机</translation>
    </message>
    <message>
        <source>Supply chain</source>
        <translation>供应链</translation>
    </message>
    <message>
        <source>Hedges (gains negative)</source>
        <translation>对冲（收益为负）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Largest losses by node</source>
        <translation>按节点的最大损失</translation>
    </message>
    <message>
        <source>defaulted</source>
        <translation>已违约</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Equity before</source>
        <translation>之前的权益</translation>
    </message>
    <message>
        <source>Defaulted: %1.</source>
        <translation>违约：%1。</translation>
    </message>
    <message>
        <source>Bad debt: %1, the debt the seized collateral did not cover.</source>
        <translation>坏账：%1，即被没收抵押品未能覆盖的债务。</translation>
    </message>
    <message>
        <source>Monte Carlo stress</source>
        <translation>蒙特卡洛压力测试</translation>
    </message>
    <message>
        <source>%L1 scenarios (seed %2) over %3 day(s): correlated moves of the book&apos;s risk factors, each run through the full cascade.</source>
        <translation>%L1 个情景（种子 %2），期限 %3 天：账簿风险因子的相关变动，每个都经过完整级联计算。</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>VaR</source>
        <translation>VaR</translation>
    </message>
    <message>
        <source>Expected shortfall</source>
        <translation>预期亏损</translation>
    </message>
    <message>
        <source>Liquidations at risk</source>
        <translation>有风险的清算</translation>
    </message>
    <message>
        <source>Appendix: method and assumptions</source>
        <translation>附录：方法与假设</translation>
    </message>
    <message>
        <source>&lt;b&gt;Values.&lt;/b&gt; Market value is quantity × market price; an inventory token is priced from its underlying commodity × units per token × quality, where quality decays exponentially with the days since its last attestation; an invoice token is its face value discounted for time to due and the obligor&apos;s default probability. Exit value sells the quantity through the book&apos;s pools (constant-product, concentrated-liquidity and order-book) by best execution, so it carries price impact and fees.</source>
        <translation>&lt;b&gt;价值。&lt;/b&gt;市值为数量 × 市价；库存代币按其标的商品 × 每代币单位数 × 质量定价，质量随距上次证明的天数指数衰减；发票代币为其面值按到期时间和债务人违约概率折现。退出价值按最优执行通过账簿中的池（恒定乘积、集中流动性和订单簿）卖出，因此包含价格冲击和费用。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Loans.&lt;/b&gt; Health factor = Σ quantity × oracle price × liquidation threshold / debt. Below 1 a loan is liquidated as Aave v3 does it: up to the close factor of the debt is repaid, and the liquidator receives collateral worth the repaid debt × the liquidation bonus, of which the protocol fee is a share.</source>
        <translation>&lt;b&gt;贷款。&lt;/b&gt;健康因子 = Σ 数量 × 预言机价格 × 清算阈值 / 债务。低于 1 时按 Aave v3 的方式清算：最多偿还平仓系数比例的债务，清算人获得价值为已偿债务 × 清算奖励的抵押品，其中一部分为协议费。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cascade.&lt;/b&gt; A scenario applies its shocks, then runs rounds: liquidatable loans are liquidated, the seized collateral is sold on the pools, prices move with the sales, oracles follow the market with their lag, and the next round sees the new prices. Circuit breakers cap a venue&apos;s price fall and liquidation volume per round and may halt trading. The column &quot;no breakers&quot; is the same scenario with breakers off.</source>
        <translation>&lt;b&gt;级联。&lt;/b&gt;情景先施加冲击，然后逐轮运行：可清算的贷款被清算，没收的抵押品在池中出售，价格随出售变动，预言机带着延迟跟随市场，下一轮看到新价格。熔断机制限制场所每轮的价格跌幅和清算量，并可能暂停交易。“无熔断”列是关闭熔断的同一情景。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Supply chain and clearing.&lt;/b&gt; Supplier defaults and shipment delays propagate downstream by the book&apos;s shares and cash buffers (time to survive); obligations are then cleared as Eisenberg and Noe (2001) do it, or with Rogers and Veraart&apos;s (2013) default costs when the book chooses that model. DebtRank follows Battiston et al. (2012).</source>
        <translation>&lt;b&gt;供应链与清算。&lt;/b&gt;供应商违约和货运延误按账簿中的份额和现金缓冲（生存时间）向下游传播；债务随后按 Eisenberg 与 Noe（2001）的方法清算，若账簿选择该模型则采用 Rogers 与 Veraart（2013）的违约成本。DebtRank 依照 Battiston 等（2012）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Monte Carlo.&lt;/b&gt; Correlated log-normal (or Student-t, with jumps where the book asks) moves of the assets with a volatility over the horizon; VaR and expected shortfall are exact empirical quantiles of the scenario losses.</source>
        <translation>&lt;b&gt;蒙特卡洛。&lt;/b&gt;有波动率的资产在期限内的相关对数正态（或 Student-t，账簿要求时含跳跃）变动；VaR 和预期亏损是情景损失的精确经验分位数。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data.&lt;/b&gt; The demo book&apos;s prices and risk parameters are real: crash-day price histories and Aave v3 risk parameters, with their sources listed on the cover. The counterparties and positions are illustrative.</source>
        <translation>&lt;b&gt;数据。&lt;/b&gt;演示账簿的价格和风险参数是真实的：崩盘日价格历史和 Aave v3 风险参数，来源列于封面。交易对手和头寸为示例。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Assumptions.&lt;/b&gt; Prices, oracle values and attestations are as of the book&apos;s as-of time; pools are the only liquidity; no new capital enters during a cascade; figures are undiscounted unless stated.</source>
        <translation>&lt;b&gt;假设。&lt;/b&gt;价格、预言机数值和证明均以账簿截至时间为准；池是唯一的流动性来源；级联期间没有新资本进入；除另有说明外金额均未折现。</translation>
    </message>
    <message>
        <source>Lender report — %1</source>
        <translation>贷方报告 — %1</translation>
    </message>
    <message>
        <source>Ballast lender report · %1</source>
        <translation>Ballast 贷方报告 · %1</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>input %1</source>
        <translation>输入 %1</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>The network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>The network after the cascade</source>
        <translation>级联后的网络</translation>
    </message>
    <message>
        <source>Defaulted nodes and liquidated borrowers are marked, as are the shipments the scenario delayed.</source>
        <translation>已标出违约节点和被清算的借款人，以及该情景延误的货运。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Losses.&lt;/b&gt; Each node&apos;s loss is split by channel: price, liquidation penalty, fire sale, oracle, defaults, supply chain and hedges (a hedge&apos;s gain in value counts against the loss). The channels sum to the total.</source>
        <translation>&lt;b&gt;损失。&lt;/b&gt;每个节点的损失按渠道拆分：价格、清算罚金、抛售、预言机、违约、供应链和对冲（对冲的价值增加抵减损失）。各渠道之和等于总损失。</translation>
    </message>
    <message>
        <source>With %L1 nodes and %L2 links the network is drawn in groups: one per tier and region of the chain, one per type of the rest, the number of members in brackets; a group&apos;s ring is its weakest loan, its badges count the members that defaulted (red) or were liquidated (amber).</source>
        <translation>网络有 %L1 个节点和 %L2 条连接，按组绘制：供应链每个层级和地区一组，其余每种类型一组，括号内为成员数；组的圆环表示其最弱的贷款，徽标统计违约（红色）或被清算（琥珀色）的成员。</translation>
    </message>
    <message>
        <source>Where the forced selling went</source>
        <translation>被迫卖出流向何处</translation>
    </message>
    <message>
        <source>The liquidators&apos; sales by venue and asset, against what the venue takes before its price falls 2% (coverage below 1× moved it more); the loans first liquidated in the next wave holding what a sale moved.</source>
        <translation>清算人按交易场所和资产的卖出，对比该场所在价格下跌 2% 前可吸收的量（覆盖率低于 1× 表示价格跌得更多）；以及在下一波中首次被清算、持有被卖出影响资产的贷款。</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>卖出</translation>
    </message>
    <message>
        <source>Absorbs at 2%</source>
        <translation>2% 时可吸收</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>Worst impact</source>
        <translation>最大冲击</translation>
    </message>
    <message>
        <source>Pushed under</source>
        <translation>被推入清算</translation>
    </message>
    <message>
        <source>Who fails first</source>
        <translation>谁先倒下</translation>
    </message>
    <message>
        <source>Each borrower by the days its cash lasts against the inflows the scenario cuts, against the weakest health factor its loans reach; the boundary is the scenario&apos;s time to recover (%1 days).</source>
        <translation>每个借款人按其现金在情景切断流入后可维持的天数，对比其贷款达到的最低健康因子；边界为情景的恢复时间（%1 天）。</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>象限</translation>
    </message>
    <message>
        <source>Borrowers</source>
        <translation>借款人</translation>
    </message>
    <message>
        <source>Safe</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Fails physically first</source>
        <translation>先在实物上倒下</translation>
    </message>
    <message>
        <source>Fails financially first</source>
        <translation>先在财务上倒下</translation>
    </message>
    <message>
        <source>Fails both ways</source>
        <translation>两方面都倒下</translation>
    </message>
    <message>
        <source>Bottlenecks of the physical chain</source>
        <translation>实物链的瓶颈</translation>
    </message>
    <message>
        <source>Stages that take in more per day than their outgoing links can carry, and the pledged goods waiting behind them. The chain&apos;s max flow is %1 a day.</source>
        <translation>每天接收量超过其流出链接承载能力的环节，以及在其后等待的已质押货物。该链的最大流为每天 %1。</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Inflow / day</source>
        <translation>流入 / 天</translation>
    </message>
    <message>
        <source>Outflow cap. / day</source>
        <translation>流出能力 / 天</translation>
    </message>
    <message>
        <source>Excess / day</source>
        <translation>超额 / 天</translation>
    </message>
    <message>
        <source>Goods waiting</source>
        <translation>等待中的货物</translation>
    </message>
    <message>
        <source>Largest loans</source>
        <translation>最大贷款</translation>
    </message>
    <message>
        <source>Across chains</source>
        <translation>跨链</translation>
    </message>
    <message>
        <source>A lending venue sees the oracle&apos;s price as many %1 rounds late as its chain&apos;s block finality spans; the scenario&apos;s finality shocks lengthen it. Liquidators sold where the depth was, at once: what they sold on another chain than the loan&apos;s is what the bridges would have had to carry, against their capacity per round.</source>
        <translation>借贷平台看到预言机价格的滞后轮数（每轮 %1）等于其链的区块最终性所跨的轮数；情景中的最终性冲击会延长它。清算人立即在有深度的地方出售：在贷款所在链之外的链上出售的部分，就是跨链桥本应承载的量，按每轮容量衡量。</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>链</translation>
    </message>
    <message>
        <source>Lag before</source>
        <translation>之前滞后</translation>
    </message>
    <message>
        <source>Lag in scenario</source>
        <translation>情景中滞后</translation>
    </message>
    <message>
        <source>Rounds late</source>
        <translation>滞后轮数</translation>
    </message>
    <message>
        <source>Caused</source>
        <translation>引发</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>被延后</translation>
    </message>
    <message>
        <source>off-chain</source>
        <translation>链下</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未给出</translation>
    </message>
    <message>
        <source>never</source>
        <translation>永不</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>跨链桥</translation>
    </message>
    <message>
        <source>Chains</source>
        <translation>链</translation>
    </message>
    <message>
        <source>Capacity per round</source>
        <translation>每轮容量</translation>
    </message>
    <message>
        <source>Carried</source>
        <translation>承载</translation>
    </message>
    <message>
        <source>Peak use</source>
        <translation>峰值使用率</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>积压</translation>
    </message>
    <message>
        <source>Rounds to clear</source>
        <translation>清空所需轮数</translation>
    </message>
    <message>
        <source>Rounds to arrive</source>
        <translation>到达所需轮数</translation>
    </message>
    <message>
        <source>%1 was sold across chains that no bridge of the book joins.</source>
        <translation>%1 在没有本账簿跨链桥连接的链之间出售。</translation>
    </message>
    <message>
        <source>The scenario cuts no inflow, so no borrower runs out of cash: the quadrants follow the weakest health factor its loans reach.</source>
        <translation>情景没有切断任何流入，因此没有借款人耗尽现金：象限取决于其贷款达到的最弱健康因子。</translation>
    </message>
    <message>
        <source>The supply chain left to right, each stage in the column just before its customers; lenders, venues and funds in bands around it, each on the side where its links cross the chain least; a ring shows the weakest health factor of a borrower&apos;s loans, a link&apos;s width its flow.</source>
        <translation>供应链从左到右排列，每个环节位于其客户之前的一列；贷款方、交易场所和基金位于其周围的条带中，各自位于其连接与供应链交叉最少的一侧；圆环表示借款人贷款的最低健康因子，连线宽度表示其流量。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Undo: %1</source>
        <translation>撤销：%1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>重做：%1</translation>
    </message>
    <message>
        <source>Price move</source>
        <translation>价格变动</translation>
    </message>
    <message>
        <source>Volatility ×</source>
        <translation>波动率 ×</translation>
    </message>
    <message>
        <source>Stablecoin depeg</source>
        <translation>稳定币脱锚</translation>
    </message>
    <message>
        <source>Liquidity drain (venue)</source>
        <translation>流动性流失（平台）</translation>
    </message>
    <message>
        <source>Oracle stale</source>
        <translation>预言机过期</translation>
    </message>
    <message>
        <source>Oracle manipulation</source>
        <translation>预言机操纵</translation>
    </message>
    <message>
        <source>Node default</source>
        <translation>节点违约</translation>
    </message>
    <message>
        <source>Shipping delay (node/port)</source>
        <translation>运输延误（节点/港口）</translation>
    </message>
    <message>
        <source>Venue halt</source>
        <translation>平台暂停</translation>
    </message>
    <message>
        <source>Chain finality</source>
        <translation>链最终确认时间</translation>
    </message>
    <message>
        <source>Historical replay</source>
        <translation>历史回放</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>导出为 PNG…</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>导出为 PDF…</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ViewId</name>
    <message>
        <source>Supply chain &amp; network</source>
        <translation>供应链与网络</translation>
    </message>
    <message>
        <source>Positions and inventory</source>
        <translation>头寸与库存</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>贷款</translation>
    </message>
    <message>
        <source>Liquidity heatmap</source>
        <translation>流动性热力图</translation>
    </message>
    <message>
        <source>Exposure dashboard</source>
        <translation>敞口仪表盘</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>情景分析</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>压力测试</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>警报</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>事件日志</translation>
    </message>
    <message>
        <source>Survival × health</source>
        <translation>存续 × 健康因子</translation>
    </message>
    <message>
        <source>Oracle lag</source>
        <translation>预言机延迟</translation>
    </message>
    <message>
        <source>Bottlenecks</source>
        <translation>瓶颈</translation>
    </message>
    <message>
        <source>Cross-chain</source>
        <translation>跨链</translation>
    </message>
</context>
<context>
    <name>ballast::ui::AlertsModel</name>
    <message>
        <source>Loan %1</source>
        <translation>贷款 %1</translation>
    </message>
    <message>
        <source>HF %1 — liquidatable (%2)</source>
        <translation>HF %1 — 可被清算（%2）</translation>
    </message>
    <message>
        <source>HF %1 below 1.10 (%2)</source>
        <translation>HF %1 低于 1.10（%2）</translation>
    </message>
    <message>
        <source>Oracle %1</source>
        <translation>预言机 %1</translation>
    </message>
    <message>
        <source>deviates %1 from market</source>
        <translation>偏离市价 %1</translation>
    </message>
    <message>
        <source>stale: last update %1 min ago</source>
        <translation>过期：上次更新于 %1 分钟前</translation>
    </message>
    <message>
        <source>Attestation %1</source>
        <translation>证明 %1</translation>
    </message>
    <message>
        <source>overdue: %1 h since the last attestation</source>
        <translation>逾期：距上次证明已 %1 小时</translation>
    </message>
    <message>
        <source>Pool %1</source>
        <translation>池 %1</translation>
    </message>
    <message>
        <source>utilisation %1</source>
        <translation>利用率 %1</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>已解除</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>新</translation>
    </message>
    <message>
        <source>cleared, unread</source>
        <translation>已解除，未读</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>警报</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message numerus="yes">
        <source>%n condition(s) on opening, %1 critical (listed under Alerts)</source>
        <translation>
            <numerusform>打开时有 %n 个条件触发，其中 %1 个严重（见“警报”）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (listed under Alerts)</source>
        <translation>
            <numerusform>……另有 %n 条（见“警报”）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ballast::ui::AlertsView</name>
    <message>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Acknowledge all</source>
        <translation>全部确认</translation>
    </message>
    <message>
        <source>%1 alert(s), %2 unacknowledged</source>
        <translation>%1 条警报，%2 条未确认</translation>
    </message>
    <message>
        <source>&lt;b&gt;No alerts&lt;/b&gt;&lt;br&gt;Watched: loan health below 1.10, oracles more than 2% from the market or stale, overdue attestations, pools more than 90% utilised.</source>
        <translation>&lt;b&gt;无警报&lt;/b&gt;&lt;br&gt;监控内容：贷款健康因子低于 1.10、预言机偏离市场超过 2% 或过期、证明逾期、资金池利用率超过 90%。</translation>
    </message>
</context>
<context>
    <name>ballast::ui::BottleneckView</name>
    <message>
        <source>%1/day</source>
        <translation>%1/天</translation>
    </message>
    <message>
        <source>Show on graph</source>
        <translation>在图中显示</translation>
    </message>
    <message>
        <source>Colour the graph&apos;s chain by velocity and draw the min cut with its capacity</source>
        <translation>按流速为图中的链着色，并绘制最小割及其容量</translation>
    </message>
    <message>
        <source>Bottleneck</source>
        <translation>瓶颈</translation>
    </message>
    <message>
        <source>Inflow</source>
        <translation>流入</translation>
    </message>
    <message>
        <source>Outflow cap.</source>
        <translation>流出能力</translation>
    </message>
    <message>
        <source>Excess</source>
        <translation>超额</translation>
    </message>
    <message>
        <source>Excess %</source>
        <translation>超额 %</translation>
    </message>
    <message>
        <source>Upstream</source>
        <translation>上游</translation>
    </message>
    <message>
        <source>Goods waiting</source>
        <translation>等待中的货物</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>贷款</translation>
    </message>
    <message>
        <source>Value per day flowing in over shipments and supply links, at market prices</source>
        <translation>每天经由运输和供应链接流入的价值（按市价）</translation>
    </message>
    <message>
        <source>Value per day its outgoing links can carry</source>
        <translation>其流出链接每天可承载的价值</translation>
    </message>
    <message>
        <source>What piles up each day: inflow less outflow capacity</source>
        <translation>每天积压的量：流入减去流出能力</translation>
    </message>
    <message>
        <source>Stages with a physical path into it: what they ship passes through it</source>
        <translation>有实物路径通向此处的环节：它们发出的货物都经过这里</translation>
    </message>
    <message>
        <source>Pledged goods (inventory, commodity and invoice tokens) held at it or upstream, at market prices</source>
        <translation>在此处或上游持有的已质押货物（库存、商品和发票代币），按市价</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>贷款</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>借款人</translation>
    </message>
    <message>
        <source>Held at</source>
        <translation>持有于</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>货物</translation>
    </message>
    <message>
        <source>Of collateral</source>
        <translation>占抵押品</translation>
    </message>
    <message>
        <source>HF</source>
        <translation>HF</translation>
    </message>
    <message>
        <source>The loan&apos;s pledged goods held there, at market prices</source>
        <translation>该贷款在此处持有的已质押货物，按市价</translation>
    </message>
    <message>
        <source>Share of the loan&apos;s whole collateral (market value) that waits</source>
        <translation>贷款全部抵押品（市值）中处于等待状态的比例</translation>
    </message>
    <message>
        <source>No book open</source>
        <translation>未打开账簿</translation>
    </message>
    <message>
        <source>&lt;b&gt;No book open&lt;/b&gt;&lt;br&gt;File &gt; Open… or File &gt; Open demo book</source>
        <translation>&lt;b&gt;未打开账簿&lt;/b&gt;&lt;br&gt;文件 &gt; 打开… 或 文件 &gt; 打开演示账簿</translation>
    </message>
    <message>
        <source>Computing the exposure…</source>
        <translation>正在计算敞口…</translation>
    </message>
    <message>
        <source>No physical supply network</source>
        <translation>没有实物供应网络</translation>
    </message>
    <message>
        <source>&lt;b&gt;No shipments or supply links&lt;/b&gt;&lt;br&gt;Bottlenecks are where a stage takes in more per day than it can pass on: add shipments (with a quantity and transit days) or supply links to the workbook, or File &gt; Import CSV… with a links.csv.</source>
        <translation>&lt;b&gt;没有运输或供应链接&lt;/b&gt;&lt;br&gt;瓶颈是指某个环节每天接收的多于它能转出的：请在工作簿中添加运输（含数量和运输天数）或供应链接，或通过 文件 &gt; 导入 CSV… 导入 links.csv。</translation>
    </message>
    <message numerus="yes">
        <source>Max flow %1, bounded by a min cut of %n link(s) carrying flow (widest: %2, %3 → %4, %5).</source>
        <translation>
            <numerusform>最大流 %1，受 %n 条承载流量的链接组成的最小割限制（最宽：%2，%3 → %4，%5）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Max flow %1.</source>
        <translation>最大流 %1。</translation>
    </message>
    <message>
        <source>No bottleneck: every stage can pass on what it takes in.</source>
        <translation>没有瓶颈：每个环节都能转出其接收的量。</translation>
    </message>
    <message>
        <source>%L1 bottlenecks (the %L2 largest listed) pile up %3; %4 of pledged goods wait behind them.</source>
        <translation>%L1 个瓶颈（列出最大的 %L2 个）积压 %3；其后有 %4 的已质押货物在等待。</translation>
    </message>
    <message numerus="yes">
        <source>%n bottleneck(s) pile up %1; %2 of pledged goods wait behind them.</source>
        <translation>
            <numerusform>%n 个瓶颈积压 %1；其后有 %2 的已质押货物在等待。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;No bottleneck&lt;/b&gt;&lt;br&gt;At today&apos;s prices every stage&apos;s outflow capacity covers its inflow. The max-flow and its min cut are on the graph (Show on graph).</source>
        <translation>&lt;b&gt;没有瓶颈&lt;/b&gt;&lt;br&gt;按今日价格，每个环节的流出能力都覆盖其流入。最大流及其最小割显示在图中（在图中显示）。</translation>
    </message>
    <message>
        <source>Choose a bottleneck to see whose collateral waits behind it</source>
        <translation>选择一个瓶颈，查看谁的抵押品在其后等待</translation>
    </message>
    <message>
        <source>No pledged goods wait behind %1</source>
        <translation>%1 之后没有等待的已质押货物</translation>
    </message>
    <message>
        <source>Loans whose goods wait behind %1 (%2)</source>
        <translation>货物在 %1 之后等待的贷款（%2）</translation>
    </message>
    <message>
        <source>Inflow against outflow capacity</source>
        <translation>流入与流出能力对比</translation>
    </message>
    <message>
        <source>Inflow against outflow capacity per day (12 largest excesses)</source>
        <translation>每日流入与流出能力对比（超额最大的 12 个）</translation>
    </message>
    <message>
        <source>Inflow against outflow capacity per day</source>
        <translation>每日流入与流出能力对比</translation>
    </message>
    <message>
        <source>Outflow capacity</source>
        <translation>流出能力</translation>
    </message>
    <message>
        <source>Finding the bottlenecks…</source>
        <translation>正在查找瓶颈…</translation>
    </message>
</context>
<context>
    <name>ballast::ui::CrossChainView</name>
    <message>
        <source>Venue</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>链</translation>
    </message>
    <message>
        <source>Finality</source>
        <translation>最终性</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>In scenario</source>
        <translation>情景中</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>滞后轮数</translation>
    </message>
    <message>
        <source>Caused</source>
        <translation>引发</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>被延后</translation>
    </message>
    <message>
        <source>Its chain&apos;s block finality, before → in the scenario</source>
        <translation>其链的区块最终性，之前 → 情景中</translation>
    </message>
    <message>
        <source>Cascade rounds between the oracle and the venue today: finality / round length, rounded down</source>
        <translation>当前预言机与平台之间的级联轮数：最终性 / 每轮时长，向下取整</translation>
    </message>
    <message>
        <source>The same after the scenario&apos;s finality shocks</source>
        <translation>情景最终性冲击之后的同一数值</translation>
    </message>
    <message>
        <source>Rounds of the run in which its view of some asset differed from the oracle&apos;s own price</source>
        <translation>运行中其对某资产的视图与预言机自身价格不同的轮数</translation>
    </message>
    <message>
        <source>Its loans liquidated though healthy at the market price</source>
        <translation>按市场价健康却被清算的贷款</translation>
    </message>
    <message>
        <source>Its loans liquidatable at the market price that the venue did not see yet</source>
        <translation>按市场价可清算但场所尚未察觉的贷款</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>跨链桥</translation>
    </message>
    <message>
        <source>Chains</source>
        <translation>链</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Per round</source>
        <translation>每轮</translation>
    </message>
    <message>
        <source>Carried</source>
        <translation>承载</translation>
    </message>
    <message>
        <source>Peak use</source>
        <translation>峰值使用率</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>积压</translation>
    </message>
    <message>
        <source>To clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Arrives</source>
        <translation>到达</translation>
    </message>
    <message>
        <source>Value per day the bridge can carry</source>
        <translation>跨链桥每天可承载的价值</translation>
    </message>
    <message>
        <source>Capacity per day x the round&apos;s length / 24 h</source>
        <translation>每日容量 x 每轮时长 / 24 小时</translation>
    </message>
    <message>
        <source>Seized collateral sold on the other chain (a run), or collateral near liquidation that would exit there (no run), at market value</source>
        <translation>在另一条链上出售的被没收抵押品（有运行时），或将在那里退出的接近清算的抵押品（无运行时），按市值</translation>
    </message>
    <message>
        <source>The busiest round&apos;s value / capacity per round</source>
        <translation>最繁忙一轮的价值 / 每轮容量</translation>
    </message>
    <message>
        <source>Value still waiting to cross when the cascade ends</source>
        <translation>级联结束时仍在等待跨链的价值</translation>
    </message>
    <message>
        <source>Rounds after the cascade&apos;s last to carry the backlog</source>
        <translation>级联最后一轮之后承载积压所需的轮数</translation>
    </message>
    <message>
        <source>Rounds before a crossing lands: the source chain&apos;s finality (in the scenario) + the bridge&apos;s latency</source>
        <translation>跨链到达前的轮数：源链的最终性（情景中）+ 跨链桥延迟</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>贷款</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>资产</translation>
    </message>
    <message>
        <source>Sold into</source>
        <translation>卖入</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>No book open</source>
        <translation>未打开账簿</translation>
    </message>
    <message>
        <source>&lt;b&gt;No book open&lt;/b&gt;&lt;br&gt;File &gt; Open… or File &gt; Open demo book</source>
        <translation>&lt;b&gt;未打开账簿&lt;/b&gt;&lt;br&gt;文件 &gt; 打开… 或 文件 &gt; 打开演示账簿</translation>
    </message>
    <message>
        <source>No on-chain venues</source>
        <translation>没有链上平台</translation>
    </message>
    <message>
        <source>&lt;b&gt;No chains in this book&lt;/b&gt;&lt;br&gt;Cross-chain settlement concerns on-chain venues: give nodes a chain (and lending venues a block finality, finalitySec); join two chains with links of type bridge carrying a latencySec and a capacity per day.</source>
        <translation>&lt;b&gt;本账簿没有链&lt;/b&gt;&lt;br&gt;跨链结算涉及链上平台：为节点设置 chain（为借贷平台设置区块最终性 finalitySec）；用类型为 bridge 的链接连接两条链，并给出 latencySec 和每日容量。</translation>
    </message>
    <message>
        <source>%1 on %2 sees prices %3 late (%4 before the scenario; finality %5 → %6).</source>
        <translation>%2 上的 %1 看到价格滞后 %3（情景前 %4；最终性 %5 → %6）。</translation>
    </message>
    <message>
        <source>%1 on %2 sees prices %3 late (finality %4, rounds of %5).</source>
        <translation>%2 上的 %1 看到价格滞后 %3（最终性 %4，每轮 %5）。</translation>
    </message>
    <message>
        <source>No bridge joins the chains.</source>
        <translation>没有跨链桥连接这些链。</translation>
    </message>
    <message>
        <source>The cascade sold nothing across chains.</source>
        <translation>级联没有跨链出售任何东西。</translation>
    </message>
    <message>
        <source>No collateral near liquidation would exit on another chain.</source>
        <translation>没有接近清算的抵押品会在另一条链上退出。</translation>
    </message>
    <message>
        <source>The cascade sold %1 of seized collateral on another chain; the bridges would still hold %2 when it ends, %3 more to clear.</source>
        <translation>级联在另一条链上出售了 %1 被没收的抵押品；结束时跨链桥仍积压 %2，还需 %3 才能清空。</translation>
    </message>
    <message>
        <source>The cascade sold %1 of seized collateral on another chain, within the bridges&apos; capacity.</source>
        <translation>级联在另一条链上出售了 %1 被没收的抵押品，在跨链桥容量之内。</translation>
    </message>
    <message>
        <source>%1 of collateral near liquidation would exit on another chain.</source>
        <translation>%1 接近清算的抵押品将在另一条链上退出。</translation>
    </message>
    <message>
        <source>%1 crossed between chains no bridge joins.</source>
        <translation>%1 在没有跨链桥连接的链之间流动。</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>off-chain</source>
        <translation>链下</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1/day</source>
        <translation>%1/天</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未给出</translation>
    </message>
    <message>
        <source>never</source>
        <translation>永不</translation>
    </message>
    <message>
        <source>No bridge in this book</source>
        <translation>本账簿没有跨链桥</translation>
    </message>
    <message>
        <source>Nothing crosses %1</source>
        <translation>没有经过 %1 的跨链</translation>
    </message>
    <message>
        <source>What crosses %1, largest first</source>
        <translation>经过 %1 的跨链，从大到小</translation>
    </message>
    <message>
        <source>Crossings between chains no bridge joins</source>
        <translation>在没有跨链桥连接的链之间的跨链</translation>
    </message>
    <message>
        <source>Oracle lag per lending venue</source>
        <translation>各借贷平台的预言机滞后</translation>
    </message>
    <message>
        <source>Bridge use per round</source>
        <translation>每轮跨链桥使用</translation>
    </message>
    <message>
        <source>Oracle lag per lending venue, in rounds of %1</source>
        <translation>各借贷平台的预言机滞后，以每轮 %1 计</translation>
    </message>
    <message>
        <source>Oracle lag per lending venue today, in rounds of %1</source>
        <translation>当前各借贷平台的预言机滞后，以每轮 %1 计</translation>
    </message>
    <message>
        <source>Seized collateral crossing each bridge per cascade round</source>
        <translation>每个级联轮次经过各跨链桥的被没收抵押品</translation>
    </message>
    <message>
        <source>1 round</source>
        <translation>1 轮</translation>
    </message>
    <message>
        <source>%L1 rounds</source>
        <translation>%L1 轮</translation>
    </message>
    <message>
        <source>Bridged collateral reaches its pool only %1 (%2) after the seizure (finality plus the bridge&apos;s latency); the cascade sold it at once.</source>
        <translation>经跨链桥的抵押品在被没收 %1（%2）后才到达其资金池（最终性加跨链桥延迟）；级联却立即将其出售。</translation>
    </message>
    <message>
        <source>No bridge joins the chains</source>
        <translation>没有跨链桥连接这些链</translation>
    </message>
    <message>
        <source>What a bridge carries in a round, against the collateral near liquidation that would cross it</source>
        <translation>跨链桥每轮可承载的量，对比将经过它的接近清算的抵押品</translation>
    </message>
    <message>
        <source>capacity per round</source>
        <translation>每轮容量</translation>
    </message>
    <message>
        <source>collateral near liquidation</source>
        <translation>接近清算的抵押品</translation>
    </message>
    <message>
        <source>Mapping the chains and bridges…</source>
        <translation>正在梳理链与跨链桥…</translation>
    </message>
</context>
<context>
    <name>ballast::ui::CsvReplayFeed</name>
    <message>
        <source>CSV replay finished (%1 rows)</source>
        <translation>CSV 回放结束（%1 行）</translation>
    </message>
    <message>
        <source>CSV replay finished</source>
        <translation>CSV 回放结束</translation>
    </message>
    <message>
        <source>CSV replay: cannot read the file</source>
        <translation>CSV 回放：无法读取文件</translation>
    </message>
    <message>
        <source>CSV replay: malformed file</source>
        <translation>CSV 回放：文件格式错误</translation>
    </message>
    <message>
        <source>Feed stopped</source>
        <translation>行情已停止</translation>
    </message>
    <message>
        <source>CSV replay</source>
        <translation>CSV 回放</translation>
    </message>
    <message>
        <source>CSV replay %1 · %2 rows</source>
        <translation>CSV 回放 %1 · %2 行</translation>
    </message>
</context>
<context>
    <name>ballast::ui::DashboardView</name>
    <message>
        <source>&lt;b&gt;Greeks by underlying&lt;/b&gt; (book units; hedge cost = trading the net delta)</source>
        <translation>&lt;b&gt;按标的汇总的希腊值&lt;/b&gt;（账簿单位；对冲成本 = 交易净 Delta 的成本）</translation>
    </message>
    <message>
        <source>Underlying</source>
        <translation>标的</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>Delta</source>
        <translation>Delta</translation>
    </message>
    <message>
        <source>Gamma</source>
        <translation>Gamma</translation>
    </message>
    <message>
        <source>Vega</source>
        <translation>Vega</translation>
    </message>
    <message>
        <source>Theta/yr</source>
        <translation>Theta/年</translation>
    </message>
    <message>
        <source>Hedge cost</source>
        <translation>对冲成本</translation>
    </message>
    <message>
        <source>seconds since load</source>
        <translation>加载后的秒数</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>敞口</translation>
    </message>
    <message>
        <source>Min HF</source>
        <translation>最低 HF</translation>
    </message>
    <message>
        <source>Exposure by counterparty (top 10)</source>
        <translation>按交易对手的敞口（前 10）</translation>
    </message>
    <message>
        <source>holdings</source>
        <translation>持仓</translation>
    </message>
    <message>
        <source>net receivables</source>
        <translation>净应收</translation>
    </message>
    <message>
        <source>collateral (risk-adj.)</source>
        <translation>抵押品（风险调整）</translation>
    </message>
    <message>
        <source>debt</source>
        <translation>债务</translation>
    </message>
    <message>
        <source>Exposure by asset (top 10)</source>
        <translation>按资产的敞口（前 10）</translation>
    </message>
    <message>
        <source>market value</source>
        <translation>市值</translation>
    </message>
    <message>
        <source>pledged</source>
        <translation>已质押</translation>
    </message>
    <message>
        <source>loans</source>
        <translation>贷款</translation>
    </message>
    <message>
        <source>Live: exposure, min HF</source>
        <translation>实时：敞口、最低 HF</translation>
    </message>
    <message>
        <source>Health factors (%1 loans, min %2)</source>
        <translation>健康因子（%1 笔贷款，最低 %2）</translation>
    </message>
    <message>
        <source>Collateral and debt by venue</source>
        <translation>各借贷平台的抵押品与债务</translation>
    </message>
    <message>
        <source>&lt;b&gt;No book open&lt;/b&gt;&lt;br&gt;File &gt; Open, or File &gt; Import CSV…</source>
        <translation>&lt;b&gt;未打开账簿&lt;/b&gt;&lt;br&gt;文件 &gt; 打开，或文件 &gt; 导入 CSV…</translation>
    </message>
    <message>
        <source>No holdings or receivables yet</source>
        <translation>尚无持仓或应收款</translation>
    </message>
    <message>
        <source>&lt;b&gt;No lending venues&lt;/b&gt;&lt;br&gt;Collateral and debt by venue appear once loans are made at a lending venue.</source>
        <translation>&lt;b&gt;无借贷场所&lt;/b&gt;&lt;br&gt;一旦在借贷场所发放贷款，这里将按场所显示抵押品和债务。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No positions yet&lt;/b&gt;&lt;br&gt;File &gt; Import CSV… with a positions.csv</source>
        <translation>&lt;b&gt;尚无头寸&lt;/b&gt;&lt;br&gt;文件 &gt; 导入 CSV…，使用 positions.csv</translation>
    </message>
    <message>
        <source>&lt;b&gt;No loans yet&lt;/b&gt;&lt;br&gt;Health factors appear once the book has loans.</source>
        <translation>&lt;b&gt;尚无贷款&lt;/b&gt;&lt;br&gt;账簿有贷款后将显示健康因子。</translation>
    </message>
    <message>
        <source>No derivatives in this book</source>
        <translation>本账簿没有衍生品</translation>
    </message>
    <message>
        <source>Nodes that depend on each (top 10)</source>
        <translation>依赖各节点的节点数（前 10）</translation>
    </message>
    <message>
        <source>&lt;b&gt;No supply links yet&lt;/b&gt;&lt;br&gt;links.csv (from,to) says who supplies whom.</source>
        <translation>&lt;b&gt;尚无供应连接&lt;/b&gt;&lt;br&gt;links.csv（from,to）说明谁向谁供货。</translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <source>Nodes by tier</source>
        <translation>各层节点数</translation>
    </message>
    <message>
        <source>nodes</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>single-sourced</source>
        <translation>单一来源</translation>
    </message>
    <message>
        <source>No linked chain nodes</source>
        <translation>没有相连的供应链节点</translation>
    </message>
    <message>
        <source>Inflow per day by node (top 10)</source>
        <translation>各节点每日流入（前 10）</translation>
    </message>
    <message>
        <source>inflow</source>
        <translation>流入</translation>
    </message>
    <message>
        <source>outflow capacity</source>
        <translation>流出能力</translation>
    </message>
    <message>
        <source>&lt;b&gt;No flows yet&lt;/b&gt;&lt;br&gt;Shipments with a quantity of a priced asset give the chain its flows (and the max-flow its bottlenecks).</source>
        <translation>&lt;b&gt;尚无流量&lt;/b&gt;&lt;br&gt;带有定价资产数量的货运赋予供应链流量（以及最大流的瓶颈）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No market data to follow live&lt;/b&gt;&lt;br&gt;Add assets and positions; the live feed then moves their prices.</source>
        <translation>&lt;b&gt;没有可实时跟踪的市场数据&lt;/b&gt;&lt;br&gt;请添加资产和头寸；实时行情随后会驱动其价格。</translation>
    </message>
</context>
<context>
    <name>ballast::ui::Document</name>
    <message>
        <source>CSV import</source>
        <translation>CSV 导入</translation>
    </message>
    <message>
        <source>Edit: %1</source>
        <translation>编辑：%1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Recovering the autosave %1 (an unnamed book: Save asks where)</source>
        <translation>正在恢复自动保存 %1（未命名的账簿：保存时会询问位置）</translation>
    </message>
    <message>
        <source>Recovering the autosave %1; Save writes it to %2</source>
        <translation>正在恢复自动保存 %1；保存将写入 %2</translation>
    </message>
</context>
<context>
    <name>ballast::ui::FeedController</name>
    <message>
        <source>Feed stopped: a new book was opened</source>
        <translation>行情已停止：打开了新账簿</translation>
    </message>
    <message>
        <source>Feed started: %1</source>
        <translation>行情已启动：%1</translation>
    </message>
    <message>
        <source>Feed off</source>
        <translation>行情关闭</translation>
    </message>
    <message>
        <source>Malformed feed message dropped (%1): %2</source>
        <translation>已丢弃格式错误的行情消息（%1）：%2</translation>
    </message>
    <message>
        <source>Tick for %1 dropped: %2</source>
        <translation>已丢弃 %1 的报价：%2</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>unknown asset</source>
        <translation>未知资产</translation>
    </message>
    <message>
        <source>token priced from its underlying</source>
        <translation>代币按其标的定价</translation>
    </message>
    <message>
        <source>out of order</source>
        <translation>顺序错乱</translation>
    </message>
    <message>
        <source>older than the last tick</source>
        <translation>早于上一笔行情</translation>
    </message>
    <message>
        <source>Simulated &amp;market feed</source>
        <translation>模拟市场行情(&amp;M)</translation>
    </message>
    <message>
        <source>Replay prices &amp;CSV…</source>
        <translation>回放价格 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Prices CSV</source>
        <translation>价格 CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Connect &amp;WebSocket…</source>
        <translation>连接 WebSocket(&amp;W)…</translation>
    </message>
    <message>
        <source>WebSocket feed</source>
        <translation>WebSocket 行情</translation>
    </message>
    <message>
        <source>URL (ws:// or wss://)</source>
        <translation>URL（ws:// 或 wss://）</translation>
    </message>
    <message>
        <source>&amp;Stop feed</source>
        <translation>停止行情(&amp;S)</translation>
    </message>
    <message>
        <source>%1 ticks/s</source>
        <translation>%1 笔/秒</translation>
    </message>
</context>
<context>
    <name>ballast::ui::GraphCanvas</name>
    <message>
        <source>Supplier / retailer</source>
        <translation>供应商 / 零售商</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>制造商</translation>
    </message>
    <message>
        <source>Port / carrier</source>
        <translation>港口 / 承运人</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Lender / lending venue</source>
        <translation>贷方 / 借贷平台</translation>
    </message>
    <message>
        <source>AMM / exchange / OTC</source>
        <translation>AMM / 交易所 / 场外</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>货运</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>供应</translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation>债务关系</translation>
    </message>
    <message>
        <source>Credit line</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <source>Borrower HF &lt; 1 / &lt; 1.1 / ok</source>
        <translation>借款人 HF &lt; 1 / &lt; 1.1 / 正常</translation>
    </message>
    <message>
        <source>Scenario: liquidated / defaulted</source>
        <translation>情景：被清算 / 违约</translation>
    </message>
    <message>
        <source>Holdings %1</source>
        <translation>持仓 %1</translation>
    </message>
    <message>
        <source>Collateral posted %1</source>
        <translation>已提供抵押品 %1</translation>
    </message>
    <message>
        <source>Receivables %1 · payables %2</source>
        <translation>应收 %1 · 应付 %2</translation>
    </message>
    <message>
        <source>Weakest loan HF %1</source>
        <translation>最弱贷款 HF %1</translation>
    </message>
    <message>
        <source>Loans liquidated in the scenario</source>
        <translation>情景中被清算的贷款</translation>
    </message>
    <message>
        <source>DEFAULTED in the scenario</source>
        <translation>在情景中违约</translation>
    </message>
    <message>
        <source>No book open
File &gt; Open…, File &gt; Open demo book, or File &gt; Import CSV…</source>
        <translation>未打开账簿
文件 &gt; 打开…、文件 &gt; 打开演示账簿，或文件 &gt; 导入 CSV…</translation>
    </message>
    <message>
        <source>No supply chain yet
File &gt; Import CSV… with a nodes.csv (id,type,name,tier) and a links.csv (from,to),
or add nodes and links to the workbook JSON</source>
        <translation>尚无供应链
文件 &gt; 导入 CSV…，使用 nodes.csv（id,type,name,tier）和 links.csv（from,to），
或在工作簿 JSON 中添加节点和连接</translation>
    </message>
    <message>
        <source>The layout failed: %1</source>
        <translation>布局失败：%1</translation>
    </message>
    <message>
        <source>Laying out %L1 nodes…</source>
        <translation>正在布局 %L1 个节点…</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Manufacturers</source>
        <translation>制造商</translation>
    </message>
    <message>
        <source>Carriers</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>港口</translation>
    </message>
    <message>
        <source>Warehouses</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Distributors</source>
        <translation>分销商</translation>
    </message>
    <message>
        <source>Retailers</source>
        <translation>零售商</translation>
    </message>
    <message>
        <source>Lenders</source>
        <translation>贷款方</translation>
    </message>
    <message>
        <source>Lending venues</source>
        <translation>借贷平台</translation>
    </message>
    <message>
        <source>AMM venues</source>
        <translation>AMM 交易场所</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>交易所</translation>
    </message>
    <message>
        <source>OTC desks</source>
        <translation>场外交易台</translation>
    </message>
    <message>
        <source>Oracles</source>
        <translation>预言机</translation>
    </message>
    <message>
        <source>Insurers</source>
        <translation>保险公司</translation>
    </message>
    <message>
        <source>Funds</source>
        <translation>基金</translation>
    </message>
    <message>
        <source>Treasuries</source>
        <translation>资金部门</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>无地区</translation>
    </message>
    <message>
        <source>Tier %1 · %2</source>
        <translation>第 %1 层 · %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%L1 nodes · %L2 links among them</source>
        <translation>%L1 个节点 · 其间 %L2 条连接</translation>
    </message>
    <message>
        <source>%L1 of %L2 DEFAULTED in the scenario</source>
        <translation>情景中 %L2 个中有 %L1 个违约</translation>
    </message>
    <message>
        <source>%L1 with loans liquidated in the scenario</source>
        <translation>%L1 个在情景中有贷款被清算</translation>
    </message>
    <message>
        <source>Click to open the group</source>
        <translation>点击展开该组</translation>
    </message>
    <message>
        <source>Double-click to close its group</source>
        <translation>双击收起其所在组</translation>
    </message>
    <message>
        <source>✂ min cut %1/day</source>
        <translation>✂ 最小割 %1/天</translation>
    </message>
    <message>
        <source>✂ %1/day</source>
        <translation>✂ %1/天</translation>
    </message>
    <message>
        <source>In transit up to 7 days</source>
        <translation>运输不超过 7 天</translation>
    </message>
    <message>
        <source>In transit 7 to 21 days</source>
        <translation>运输 7 至 21 天</translation>
    </message>
    <message>
        <source>In transit over 21 days</source>
        <translation>运输超过 21 天</translation>
    </message>
    <message>
        <source>Supply (width: value per day)</source>
        <translation>供应（宽度：每日价值）</translation>
    </message>
    <message>
        <source>Min cut of the max-flow</source>
        <translation>最大流的最小割</translation>
    </message>
    <message>
        <source>Bottleneck: inflow &gt; outflow</source>
        <translation>瓶颈：流入 &gt; 流出</translation>
    </message>
    <message>
        <source>Inflow %1/day · outflow capacity %2/day</source>
        <translation>流入 %1/天 · 流出能力 %2/天</translation>
    </message>
    <message>
        <source>%L1 bottlenecks: %2/day more in than out</source>
        <translation>%L1 个瓶颈：每天流入比流出多 %2</translation>
    </message>
    <message>
        <source>Bottleneck: %1/day more in than out</source>
        <translation>瓶颈：每天流入比流出多 %1</translation>
    </message>
    <message>
        <source>%1 · finality %2</source>
        <translation>%1 · 最终性 %2</translation>
    </message>
    <message>
        <source>⇄ bridge %1</source>
        <translation>⇄ 跨链桥 %1</translation>
    </message>
    <message>
        <source> · %1/day</source>
        <translation> · %1/天</translation>
    </message>
    <message>
        <source>Bridge between chains</source>
        <translation>链间跨链桥</translation>
    </message>
</context>
<context>
    <name>ballast::ui::GraphView</name>
    <message>
        <source>Layered (supply chain)</source>
        <translation>分层（供应链）</translation>
    </message>
    <message>
        <source>Force (financial network)</source>
        <translation>力导向（金融网络）</translation>
    </message>
    <message>
        <source>All nodes</source>
        <translation>全部节点</translation>
    </message>
    <message>
        <source>Supply chain</source>
        <translation>供应链</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>金融</translation>
    </message>
    <message>
        <source>Find node…</source>
        <translation>查找节点…</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Show the whole network (Home)</source>
        <translation>显示整个网络（Home）</translation>
    </message>
    <message>
        <source>Frame the selected node (Z)</source>
        <translation>聚焦所选节点（Z）</translation>
    </message>
    <message>
        <source>Animate</source>
        <translation>动画</translation>
    </message>
    <message>
        <source>Move the shipments in transit along their links</source>
        <translation>让在途货物沿连线移动</translation>
    </message>
    <message>
        <source>No node matches “%1”</source>
        <translation>没有与“%1”匹配的节点</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>任意地区</translation>
    </message>
    <message>
        <source>Any chain</source>
        <translation>任意链</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>%L1 of %L2 nodes</source>
        <translation>%L1 / %L2 个节点</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Draw the network in groups (tier and region, or type): click a group to open it, double-click one of its nodes or press Backspace to close it again</source>
        <translation>按组绘制网络（层级和地区，或类型）：点击组将其展开，双击其中一个节点或按退格键再次收起</translation>
    </message>
    <message>
        <source>%L1 groups and nodes for %L2 nodes</source>
        <translation>%L1 个组和节点，代表 %L2 个节点</translation>
    </message>
    <message>
        <source>Velocity</source>
        <translation>流速</translation>
    </message>
    <message>
        <source>Colour the physical chain by days in transit and size it by value per day, mark the min cut of the max-flow with its capacity (financial links hidden)</source>
        <translation>按运输天数为实物链着色、按每日价值设定粗细，并标出最大流的最小割及其容量（隐藏金融链接）</translation>
    </message>
</context>
<context>
    <name>ballast::ui::HeatmapView</name>
    <message>
        <source>Depth at 1% impact</source>
        <translation>1% 冲击下的深度</translation>
    </message>
    <message>
        <source>Depth at 2% impact</source>
        <translation>2% 冲击下的深度</translation>
    </message>
    <message>
        <source>Depth at 5% impact</source>
        <translation>5% 冲击下的深度</translation>
    </message>
    <message>
        <source>Slippage for a sale of…</source>
        <translation>卖出以下金额时的滑点…</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source> base ccy</source>
        <translation> 基准货币</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>度量</translation>
    </message>
    <message>
        <source>Sale size (base currency)</source>
        <translation>卖出规模（基准货币）</translation>
    </message>
    <message>
        <source>Price impact %</source>
        <translation>价格冲击 %</translation>
    </message>
    <message>
        <source>depth (log)</source>
        <translation>深度（对数）</translation>
    </message>
    <message>
        <source>impact %</source>
        <translation>冲击 %</translation>
    </message>
    <message>
        <source>utilisation %</source>
        <translation>利用率 %</translation>
    </message>
    <message>
        <source>no pool</source>
        <translation>无池</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2 — price impact of a sale, by size</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 于 %2 — 按规模计的卖出价格冲击</translation>
    </message>
    <message>
        <source>&lt;b&gt;No liquidity pools yet&lt;/b&gt;&lt;br&gt;The heatmap shows venues × assets once the book has pools (constant-product, concentrated, order book or exponential impact) in its “pools”.</source>
        <translation>&lt;b&gt;尚无流动性资金池&lt;/b&gt;&lt;br&gt;账簿的“pools”中有资金池（恒定乘积、集中流动性、订单簿或指数冲击）后，热力图将显示场所 × 资产。</translation>
    </message>
    <message>
        <source>Absorption vs collateral at risk</source>
        <translation>吸收能力 vs 风险抵押品</translation>
    </message>
    <message>
        <source>Depth at 2% impact over the collateral that would be sold there: the what-if run&apos;s liquidation sales, or without a run the collateral of loans below HF 1.1, split across venues by depth. Below 1× the venue cannot take it without moving 2%.</source>
        <translation>2% 冲击深度除以将在此出售的抵押品：假设情景运行中的清算卖出，或无运行时健康因子低于 1.1 的贷款抵押品（按深度在各交易场所间分配）。低于 1× 表示该场所无法在价格变动 2% 以内吸收。</translation>
    </message>
    <message>
        <source>Click a cell for its pools&apos; slippage curve and the liquidations it would absorb</source>
        <translation>点击单元格查看其资金池的滑点曲线及其将吸收的清算</translation>
    </message>
    <message>
        <source>2% depth ÷ the run&apos;s sales</source>
        <translation>2% 深度 ÷ 运行中的卖出</translation>
    </message>
    <message>
        <source>2% depth ÷ collateral at HF &lt; 1.1</source>
        <translation>2% 深度 ÷ 健康因子 &lt; 1.1 的抵押品</translation>
    </message>
    <message>
        <source>absorbs %1 at 2%, %2 at risk: %3×</source>
        <translation>2% 时可吸收 %1，风险 %2：%3×</translation>
    </message>
    <message>
        <source>absorbs %1 at 2%, nothing at risk</source>
        <translation>2% 时可吸收 %1，无风险</translation>
    </message>
    <message>
        <source>sold in the run %1</source>
        <translation>运行中卖出 %1</translation>
    </message>
    <message>
        <source>at risk %1</source>
        <translation>风险 %1</translation>
    </message>
    <message>
        <source>Click a cell: the run&apos;s liquidation sales into it, round by round</source>
        <translation>点击单元格：运行中流入该处的清算卖出，逐轮列出</translation>
    </message>
    <message>
        <source>Click a cell: the loans near liquidation (HF &lt; 1.1) whose collateral it would have to absorb. Run a scenario in the What-if view to see its cascade&apos;s sales instead.</source>
        <translation>点击单元格：其需吸收抵押品的临近清算贷款（健康因子 &lt; 1.1）。在假设情景视图中运行情景，可改为查看其级联的卖出。</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>absorbs %1 / %2 / %3 before a 1 / 2 / 5% impact</source>
        <translation>在 1 / 2 / 5% 冲击前可吸收 %1 / %2 / %3</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>贷款</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>借款人</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>卖出</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>冲击</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>资金池</translation>
    </message>
    <message>
        <source>Pushed under next</source>
        <translation>随后被推入清算</translation>
    </message>
    <message>
        <source>The loan&apos;s part of the sale: what its liquidation seized, at market value before the sale</source>
        <translation>该贷款在此次卖出中的份额：其清算所扣押的，按卖出前市值</translation>
    </message>
    <message>
        <source>How far the sale moved the pool&apos;s price</source>
        <translation>此次卖出使资金池价格变动的幅度</translation>
    </message>
    <message>
        <source>Loans first liquidated in the next round that liquidated, holding collateral whose price this sale moved</source>
        <translation>在下一个发生清算的轮次中首次被清算、且持有被此次卖出影响价格的抵押品的贷款</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2. %3&apos;s cascade sold nothing here.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：%2。%3 的级联未在此处卖出。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %2. %3 sold %4 here in %n sale(s) (coverage %5×, worst impact %6); %7 loan(s) went under in the next wave holding what it moved.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;：%2。%3 在此处以 %n 笔卖出共卖出 %4（覆盖率 %5×，最大冲击 %6）；%7 笔贷款因持有被其影响的资产在下一波中被清算。</numerusform>
        </translation>
    </message>
    <message>
        <source>HF</source>
        <translation>HF</translation>
    </message>
    <message>
        <source>At risk here</source>
        <translation>此处风险</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>The loan&apos;s collateral that exits through this asset, at market value, times this venue&apos;s share of the asset&apos;s 2% depth</source>
        <translation>经由该资产退出的贷款抵押品（按市值），乘以该场所在该资产 2% 深度中的份额</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2. No loan near liquidation (HF &amp;lt; 1.1) exits through it.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：%2。没有临近清算的贷款（健康因子 &amp;lt; 1.1）经由此处退出。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %2; %n loan(s) near liquidation (HF &amp;lt; 1.1) would sell %3 here (coverage %4×).</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;：%2；%n 笔临近清算的贷款（健康因子 &amp;lt; 1.1）将在此卖出 %3（覆盖率 %4×）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ballast::ui::IssuesDialog</name>
    <message>
        <source>File error</source>
        <translation>文件错误</translation>
    </message>
    <message>
        <source>Malformed file</source>
        <translation>文件格式错误</translation>
    </message>
    <message>
        <source>Written by a newer Ballast</source>
        <translation>由更新版本的 Ballast 写入</translation>
    </message>
    <message>
        <source>Damaged or foreign file</source>
        <translation>文件损坏或非本程序文件</translation>
    </message>
    <message>
        <source>Input too large</source>
        <translation>输入过大</translation>
    </message>
    <message>
        <source>Workbook storage error</source>
        <translation>工作簿存储错误</translation>
    </message>
    <message>
        <source>The book has problems</source>
        <translation>账簿存在问题</translation>
    </message>
    <message>
        <source>… and %1 more
</source>
        <translation>… 另有 %1 条
</translation>
    </message>
</context>
<context>
    <name>ballast::ui::KpiStrip</name>
    <message>
        <source>Exposure</source>
        <translation>敞口</translation>
    </message>
    <message>
        <source>Exit value</source>
        <translation>变现价值</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>债务</translation>
    </message>
    <message>
        <source>Collateral coverage</source>
        <translation>抵押覆盖率</translation>
    </message>
    <message>
        <source>Min health factor</source>
        <translation>最低健康因子</translation>
    </message>
    <message>
        <source>Loans at risk</source>
        <translation>风险贷款</translation>
    </message>
    <message>
        <source>VaR 99%</source>
        <translation>VaR 99%</translation>
    </message>
    <message>
        <source>Oracles &amp; attestations</source>
        <translation>预言机与证明</translation>
    </message>
    <message>
        <source>no book loaded</source>
        <translation>未加载账簿</translation>
    </message>
    <message>
        <source>Supply chain</source>
        <translation>供应链</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n 个节点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n 条连接</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tier(s)</source>
        <translation>
            <numerusform>%n 层</numerusform>
        </translation>
    </message>
    <message>
        <source>Single-sourced</source>
        <translation>单一来源</translation>
    </message>
    <message>
        <source>nodes with one supplier</source>
        <translation>只有一个供应商的节点</translation>
    </message>
    <message>
        <source>Most depended on</source>
        <translation>被依赖最多</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) downstream</source>
        <translation>
            <numerusform>下游 %n 个节点</numerusform>
        </translation>
    </message>
    <message>
        <source>no supply links</source>
        <translation>无供应连接</translation>
    </message>
    <message>
        <source>Isolated nodes</source>
        <translation>孤立节点</translation>
    </message>
    <message>
        <source>in no supply or shipment link</source>
        <translation>不在任何供应或货运连接中</translation>
    </message>
    <message>
        <source>Max flow</source>
        <translation>最大流</translation>
    </message>
    <message>
        <source>%1/day</source>
        <translation>%1/天</translation>
    </message>
    <message>
        <source>value the chain can carry</source>
        <translation>供应链可承载的价值</translation>
    </message>
    <message>
        <source>no shipments with quantities and prices</source>
        <translation>没有带数量和价格的货运</translation>
    </message>
    <message>
        <source>Bottlenecks</source>
        <translation>瓶颈</translation>
    </message>
    <message>
        <source>inflow above outflow capacity</source>
        <translation>流入超过流出能力</translation>
    </message>
    <message>
        <source>Market data</source>
        <translation>市场数据</translation>
    </message>
    <message>
        <source>none yet: import prices.csv or add assets</source>
        <translation>尚无：导入 prices.csv 或添加资产</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s), no positions</source>
        <translation>
            <numerusform>%n 个资产，无头寸</numerusform>
        </translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>贷款</translation>
    </message>
    <message>
        <source>none yet: add loans to the workbook</source>
        <translation>尚无：在工作簿中添加贷款</translation>
    </message>
    <message>
        <source>%1 positions at market</source>
        <translation>%1 个头寸按市价计</translation>
    </message>
    <message>
        <source>liquidation cost %1 (%2)</source>
        <translation>清算成本 %1（%2）</translation>
    </message>
    <message>
        <source>risk-adjusted collateral %1</source>
        <translation>风险调整后抵押品 %1</translation>
    </message>
    <message>
        <source>no loans yet</source>
        <translation>尚无贷款</translation>
    </message>
    <message>
        <source>no debt outstanding</source>
        <translation>无未偿债务</translation>
    </message>
    <message>
        <source>collateral at market / debt</source>
        <translation>抵押品市值 / 债务</translation>
    </message>
    <message>
        <source>%1 loans below 1.10</source>
        <translation>%1 笔贷款低于 1.10</translation>
    </message>
    <message>
        <source>of %1 loans (HF &lt; 1)</source>
        <translation>共 %1 笔贷款（HF &lt; 1）</translation>
    </message>
    <message>
        <source>Monte Carlo, %L1 scenarios, with cascades</source>
        <translation>蒙特卡洛，%L1 个情景，含连锁清算</translation>
    </message>
    <message>
        <source>no asset has a volatility</source>
        <translation>没有资产设有波动率</translation>
    </message>
    <message>
        <source>delta-normal, %1 d; run Stress for cascades</source>
        <translation>Delta 正态法，%1 天；运行压力测试以包含连锁清算</translation>
    </message>
    <message>
        <source>stale oracles / overdue attestations</source>
        <translation>过期预言机 / 逾期证明</translation>
    </message>
    <message>
        <source>%1 at market: no pool trades it</source>
        <translation>%1 按市价计：没有资金池交易</translation>
    </message>
</context>
<context>
    <name>ballast::ui::LoansModel</name>
    <message>
        <source>Loan</source>
        <translation>贷款</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>借款人</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Debt asset</source>
        <translation>债务资产</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>债务</translation>
    </message>
    <message>
        <source>Collateral (mkt)</source>
        <translation>抵押品（市价）</translation>
    </message>
    <message>
        <source>Collateral (risk)</source>
        <translation>抵押品（风险调整）</translation>
    </message>
    <message>
        <source>Borrowing power</source>
        <translation>借款能力</translation>
    </message>
    <message>
        <source>HF</source>
        <translation>HF</translation>
    </message>
    <message>
        <source>LTV</source>
        <translation>LTV</translation>
    </message>
    <message>
        <source>Liq. price</source>
        <translation>清算价</translation>
    </message>
    <message>
        <source>To liquidation</source>
        <translation>距清算</translation>
    </message>
</context>
<context>
    <name>ballast::ui::LoansView</name>
    <message>
        <source>Filter loans: borrower, venue, asset…</source>
        <translation>筛选贷款：借款人、平台、资产…</translation>
    </message>
    <message>
        <source>&lt;b&gt;No book open&lt;/b&gt;&lt;br&gt;File &gt; Open, or File &gt; Import CSV…</source>
        <translation>&lt;b&gt;未打开账簿&lt;/b&gt;&lt;br&gt;文件 &gt; 打开，或文件 &gt; 导入 CSV…</translation>
    </message>
    <message>
        <source>&lt;b&gt;No loans yet&lt;/b&gt;&lt;br&gt;Loans live in the workbook: a borrower, a lending venue with risk parameters, the debt and the positions pledged as collateral (docs/FORMAT.md, “loans”).</source>
        <translation>&lt;b&gt;尚无贷款&lt;/b&gt;&lt;br&gt;贷款写在工作簿中：借款人、带风险参数的借贷场所、债务以及质押为抵押品的头寸（docs/FORMAT.md，“loans”）。</translation>
    </message>
    <message>
        <source>No loan matches “%1”.</source>
        <translation>没有与“%1”匹配的贷款。</translation>
    </message>
</context>
<context>
    <name>ballast::ui::MainWindow</name>
    <message>
        <source>Ballast</source>
        <translation>Ballast</translation>
    </message>
    <message>
        <source>Feed off</source>
        <translation>行情关闭</translation>
    </message>
    <message>
        <source>Could not save; the file on disk is unchanged</source>
        <translation>无法保存；磁盘上的文件未改变</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>ALERT %1</source>
        <translation>警报 %1</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>警报（%1）</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>警报</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;demo book</source>
        <translation>打开演示账簿(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Import &amp;JSON…</source>
        <translation>导入 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>Import &amp;CSV…</source>
        <translation>导入 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation>导出 JSON(&amp;E)…</translation>
    </message>
    <message>
        <source>Export chart (PNG/PDF)…</source>
        <translation>导出图表（PNG/PDF）…</translation>
    </message>
    <message>
        <source>Lender &amp;report (PDF)…</source>
        <translation>贷方报告(&amp;R)（PDF）…</translation>
    </message>
    <message>
        <source>Lender report</source>
        <translation>贷方报告</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find positions</source>
        <translation>查找头寸(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Restore default layout</source>
        <translation>恢复默认布局</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>The language changes when Ballast starts next.</source>
        <translation>语言将在下次启动 Ballast 时生效。</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>实时(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Run what-if</source>
        <translation>运行情景分析(&amp;R)</translation>
    </message>
    <message>
        <source>Run &amp;Monte Carlo</source>
        <translation>运行蒙特卡洛(&amp;M)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>情景分析</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>压力测试</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>Load failed</source>
        <translation>加载失败</translation>
    </message>
    <message>
        <source>Could not open %1; nothing was changed</source>
        <translation>无法打开 %1；未做任何更改</translation>
    </message>
    <message>
        <source>Could not open %1 (%2 problem(s))</source>
        <translation>无法打开 %1（%2 个问题）</translation>
    </message>
    <message>
        <source>%1[*] — Ballast</source>
        <translation>%1[*] — Ballast</translation>
    </message>
    <message>
        <source>%1  ·  %2 positions · %3 loans · %4 nodes · as of %5</source>
        <translation>%1  ·  %2 个头寸 · %3 笔贷款 · %4 个节点 · 截至 %5</translation>
    </message>
    <message>
        <source>Loaded in %1 ms · exposure %2 ms</source>
        <translation>加载用时 %1 毫秒 · 敞口 %2 毫秒</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) while loading</source>
        <translation>
            <numerusform>加载时有 %n 条警告</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1 (%2 positions, %3 loans) in %4 ms</source>
        <translation>已打开 %1（%2 个头寸，%3 笔贷款），用时 %4 毫秒</translation>
    </message>
    <message>
        <source>Live · %1 ticks · last recompute %2 ms/tick · %3</source>
        <translation>实时 · %1 个报价 · 最近重算 %2 毫秒/报价 · %3</translation>
    </message>
    <message>
        <source>Selected %1 — %2 position(s), %3 loan(s)</source>
        <translation>已选择 %1 — %2 个头寸，%3 笔贷款</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The book has changes that are not saved. Save them first?</source>
        <translation>账簿有未保存的更改。先保存吗？</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <source>Open book</source>
        <translation>打开账簿</translation>
    </message>
    <message>
        <source>Ballast books (*.ballast *.json);;All files (*)</source>
        <translation>Ballast 账簿 (*.ballast *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save workbook</source>
        <translation>保存工作簿</translation>
    </message>
    <message>
        <source>Ballast workbook (*.ballast)</source>
        <translation>Ballast 工作簿 (*.ballast)</translation>
    </message>
    <message>
        <source>Import workbook JSON</source>
        <translation>导入工作簿 JSON</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export workbook JSON</source>
        <translation>导出工作簿 JSON</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG (*.png);;PDF (*.pdf)</source>
        <translation>PNG (*.png);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not export the chart</source>
        <translation>无法导出图表</translation>
    </message>
    <message>
        <source>%1 — Ballast (presentation: F11 to leave)</source>
        <translation>%1 — Ballast（演示模式：按 F11 退出）</translation>
    </message>
    <message>
        <source>Discarded the autosave %1</source>
        <translation>已丢弃自动保存 %1</translation>
    </message>
    <message>
        <source>(no date set)</source>
        <translation>（未设日期）</translation>
    </message>
    <message>
        <source>no visible chart, or the file cannot be written</source>
        <translation>没有可见图表，或无法写入文件</translation>
    </message>
    <message>
        <source>Export &amp;tables (Excel)…</source>
        <translation>导出表格（Excel）(&amp;T)…</translation>
    </message>
    <message>
        <source>Export tables</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Could not export the tables</source>
        <translation>无法导出表格</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n table(s) to %1</source>
        <translation>
            <numerusform>已将 %n 个表格导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write the report</source>
        <translation>无法写入报告</translation>
    </message>
    <message>
        <source>P&amp;resent the story</source>
        <translation>讲述故事(&amp;R)</translation>
    </message>
    <message>
        <source>%1 — Ballast story</source>
        <translation>%1 — Ballast 故事</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>取消加载</translation>
    </message>
    <message>
        <source>Stop reading the book; the book on the desk stays</source>
        <translation>停止读取账簿；桌面上的账簿保持不变</translation>
    </message>
    <message>
        <source>Loading %1… %2 %</source>
        <translation>正在加载 %1… %2 %</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>已取消加载</translation>
    </message>
    <message>
        <source>Stopped loading %1; the desk keeps the book it had</source>
        <translation>已停止加载 %1；桌面保留原有账簿</translation>
    </message>
</context>
<context>
    <name>ballast::ui::OracleLagView</name>
    <message>
        <source>Asset</source>
        <translation>资产</translation>
    </message>
    <message>
        <source>Oracle lag</source>
        <translation>预言机延迟</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>链</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>滞后轮数</translation>
    </message>
    <message>
        <source>Caused</source>
        <translation>引发</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>被延后</translation>
    </message>
    <message>
        <source>Rounds its chain&apos;s finality puts between the oracle and the venue</source>
        <translation>其链的最终性在预言机与场所之间造成的轮数</translation>
    </message>
    <message>
        <source>Rounds its view of the asset differed from the oracle&apos;s own price</source>
        <translation>其对该资产的视图与预言机自身价格不同的轮数</translation>
    </message>
    <message>
        <source>Its loans liquidated though healthy at the market price</source>
        <translation>按市场价健康却被清算的贷款</translation>
    </message>
    <message>
        <source>Its loans liquidatable at the market price that the venue did not see yet</source>
        <translation>按市场价可清算但场所尚未察觉的贷款</translation>
    </message>
    <message>
        <source>&lt;b&gt;When did each venue see the price?&lt;/b&gt;&lt;br&gt;Run a scenario in the What-if view (Ctrl+R): the market, the oracle and every lending venue&apos;s view appear here round by round, with the liquidations the oracle&apos;s lag caused or held back.</source>
        <translation>&lt;b&gt;各场所何时看到价格？&lt;/b&gt;&lt;br&gt;在假设分析视图中运行一个情景（Ctrl+R）：市场、预言机及每个借贷场所的视图逐轮显示于此，并标出预言机延迟引发或延后的清算。</translation>
    </message>
    <message>
        <source>No scenario run yet</source>
        <translation>尚未运行情景</translation>
    </message>
    <message>
        <source>&lt;b&gt;No lending venues&lt;/b&gt;&lt;br&gt;Oracles matter where loans are liquidated: this book has no lending venue whose oracle could trail the market.</source>
        <translation>&lt;b&gt;没有借贷场所&lt;/b&gt;&lt;br&gt;预言机在贷款被清算之处才重要：本账簿没有其预言机可能落后于市场的借贷场所。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No price moved&lt;/b&gt;&lt;br&gt;This scenario moves no market or oracle price, so no venue saw one late.</source>
        <translation>&lt;b&gt;没有价格变动&lt;/b&gt;&lt;br&gt;本情景未改变任何市场或预言机价格，因此没有场所滞后看到价格。</translation>
    </message>
    <message>
        <source>%1: %2 of %3 lending venues saw %4 late; the lag caused %5 liquidation(s) and held back %6 loan(s) (every asset).</source>
        <translation>%1：%3 个借贷场所中有 %2 个滞后看到 %4；延迟引发 %5 笔清算并延后 %6 笔贷款（全部资产）。</translation>
    </message>
</context>
<context>
    <name>ballast::ui::PositionsModel</name>
    <message>
        <source>in warehouse</source>
        <translation>在仓库</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>已到达</translation>
    </message>
    <message>
        <source>at sea, ETA %1</source>
        <translation>海运中，预计到达 %1</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>已订舱</translation>
    </message>
    <message>
        <source>%1 h%2</source>
        <translation>%1 小时%2</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation>（逾期）</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>头寸</translation>
    </message>
    <message>
        <source>Token / asset</source>
        <translation>代币 / 资产</translation>
    </message>
    <message>
        <source>Underlying</source>
        <translation>标的</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>持有人</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>货运</translation>
    </message>
    <message>
        <source>Attested</source>
        <translation>已证明</translation>
    </message>
    <message>
        <source>Market px</source>
        <translation>市价</translation>
    </message>
    <message>
        <source>Oracle px</source>
        <translation>预言机价格</translation>
    </message>
    <message>
        <source>Market value</source>
        <translation>市值</translation>
    </message>
    <message>
        <source>Haircut</source>
        <translation>折扣率</translation>
    </message>
    <message>
        <source>Collateral value</source>
        <translation>抵押价值</translation>
    </message>
    <message>
        <source>Exit value</source>
        <translation>变现价值</translation>
    </message>
    <message>
        <source>Liq. cost</source>
        <translation>清算成本</translation>
    </message>
    <message>
        <source>Pledged to</source>
        <translation>质押给</translation>
    </message>
    <message>
        <source>HF</source>
        <translation>HF</translation>
    </message>
    <message>
        <source>Liq. price</source>
        <translation>清算价</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>No pool trades %1: the exit value is its market value</source>
        <translation>没有资金池交易 %1：退出价值即其市值</translation>
    </message>
</context>
<context>
    <name>ballast::ui::PositionsView</name>
    <message>
        <source>Filter positions: token, owner, venue, loan… (Ctrl+F)</source>
        <translation>筛选头寸：代币、持有人、平台、贷款…（Ctrl+F）</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>不分组</translation>
    </message>
    <message>
        <source>Group by owner</source>
        <translation>按持有人分组</translation>
    </message>
    <message>
        <source>Group by venue</source>
        <translation>按平台分组</translation>
    </message>
    <message>
        <source>Group by asset</source>
        <translation>按资产分组</translation>
    </message>
    <message>
        <source>Group by pledge</source>
        <translation>按质押分组</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>&lt;b&gt;No book open&lt;/b&gt;&lt;br&gt;File &gt; Open, or File &gt; Import CSV…</source>
        <translation>&lt;b&gt;未打开账簿&lt;/b&gt;&lt;br&gt;文件 &gt; 打开，或文件 &gt; 导入 CSV…</translation>
    </message>
    <message>
        <source>&lt;b&gt;No market data yet&lt;/b&gt;&lt;br&gt;This book has no assets or positions. File &gt; Import CSV… with a positions.csv (id,owner,asset,quantity) and a prices.csv, or add assets and positions to the workbook.</source>
        <translation>&lt;b&gt;尚无市场数据&lt;/b&gt;&lt;br&gt;本账簿没有资产或头寸。文件 &gt; 导入 CSV…，使用 positions.csv（id,owner,asset,quantity）和 prices.csv，或在工作簿中添加资产和头寸。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No positions yet&lt;/b&gt;&lt;br&gt;File &gt; Import CSV… with a positions.csv (id,owner,asset,quantity,venue,pledgedTo), or add them to the workbook.</source>
        <translation>&lt;b&gt;尚无头寸&lt;/b&gt;&lt;br&gt;文件 &gt; 导入 CSV…，使用 positions.csv（id,owner,asset,quantity,venue,pledgedTo），或在工作簿中添加。</translation>
    </message>
    <message>
        <source>No position matches “%1”.</source>
        <translation>没有与“%1”匹配的头寸。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message numerus="yes">
        <source>%n position(s)</source>
        <translation>
            <numerusform>%n 个头寸</numerusform>
        </translation>
    </message>
    <message>
        <source>Export positions</source>
        <translation>导出头寸</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Exported %1 positions to %2</source>
        <translation>已将 %1 个头寸导出到 %2</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>quantity of %1: %2 → %3</source>
        <translation>%1 的数量：%2 → %3</translation>
    </message>
</context>
<context>
    <name>ballast::ui::RecoveryDialog</name>
    <message>
        <source>Recover unsaved work?</source>
        <translation>恢复未保存的工作？</translation>
    </message>
    <message>
        <source>Ballast did not close cleanly. An autosave from %1 exists.
Open it now? (Your saved files are untouched either way.)</source>
        <translation>Ballast 未正常关闭。存在 %1 的自动保存。
现在打开吗？（无论如何，您已保存的文件都不会改变。）</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Ask next time</source>
        <translation>下次再问</translation>
    </message>
</context>
<context>
    <name>ballast::ui::SimulatedFeed</name>
    <message>
        <source>Simulated market · %1 Hz</source>
        <translation>模拟市场 · %1 Hz</translation>
    </message>
    <message>
        <source>Feed stopped</source>
        <translation>行情已停止</translation>
    </message>
    <message>
        <source>Simulated market</source>
        <translation>模拟市场</translation>
    </message>
</context>
<context>
    <name>ballast::ui::StoryView</name>
    <message>
        <source>after %1</source>
        <translation>%1 轮后</translation>
    </message>
    <message>
        <source>round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>liquidations</source>
        <translation>清算</translation>
    </message>
    <message>
        <source>debt repaid</source>
        <translation>已偿债务</translation>
    </message>
    <message>
        <source>bad debt</source>
        <translation>坏账</translation>
    </message>
    <message>
        <source>%1 / %2   ·   Space or → next, ← back, Esc leaves</source>
        <translation>%1 / %2   ·   空格或 → 下一步，← 返回，Esc 退出</translation>
    </message>
    <message>
        <source>No book is open</source>
        <translation>未打开账簿</translation>
    </message>
    <message>
        <source>The scenario could not run: %1</source>
        <translation>情景无法运行：%1</translation>
    </message>
    <message>
        <source>No scenario to tell</source>
        <translation>没有可讲述的情景</translation>
    </message>
    <message>
        <source>Running the scenario…</source>
        <translation>正在运行情景…</translation>
    </message>
    <message>
        <source>The cascade is computed on a worker; the story goes on when it is done.</source>
        <translation>级联正在后台计算；完成后故事继续。</translation>
    </message>
    <message>
        <source>%1 counterparties along a supply chain, %2 loans on %3 venues: what the book is worth and what it owes.</source>
        <translation>供应链上的 %1 个交易对手，%3 个场所上的 %2 笔贷款：账簿价值几何、欠款多少。</translation>
    </message>
    <message>
        <source>exposure</source>
        <translation>敞口</translation>
    </message>
    <message>
        <source>debt</source>
        <translation>债务</translation>
    </message>
    <message>
        <source>no debt</source>
        <translation>无债务</translation>
    </message>
    <message>
        <source>collateral coverage</source>
        <translation>抵押覆盖率</translation>
    </message>
    <message>
        <source>lowest health factor</source>
        <translation>最低健康因子</translation>
    </message>
    <message>
        <source>Where the collateral sits</source>
        <translation>抵押品在哪里</translation>
    </message>
    <message>
        <source>No loans: nothing is pledged.</source>
        <translation>没有贷款：无任何质押。</translation>
    </message>
    <message>
        <source>%1 of risk-adjusted collateral at %2 venues; the largest, %3, holds %4.</source>
        <translation>%2 个场所共有 %1 风险调整后抵押品；最大的 %3 持有 %4。</translation>
    </message>
    <message>
        <source>collateral (risk-adjusted)</source>
        <translation>抵押品（风险调整后）</translation>
    </message>
    <message>
        <source>exit value</source>
        <translation>退出价值</translation>
    </message>
    <message>
        <source>loans at risk</source>
        <translation>风险贷款</translation>
    </message>
    <message>
        <source>Collateral and debt by venue</source>
        <translation>各借贷平台的抵押品与债务</translation>
    </message>
    <message>
        <source>collateral (risk-adj.)</source>
        <translation>抵押品（风险调整）</translation>
    </message>
    <message>
        <source>The shock: %1</source>
        <translation>冲击：%1</translation>
    </message>
    <message>
        <source>The cascade, round by round</source>
        <translation>逐轮级联</translation>
    </message>
    <message>
        <source>Liquidations sell collateral, prices fall, the next loans go under: %1 liquidations over %2 rounds.</source>
        <translation>清算卖出抵押品，价格下跌，更多贷款跌破清算线：%2 轮内 %1 次清算。</translation>
    </message>
    <message>
        <source>The loss: %1</source>
        <translation>损失：%1</translation>
    </message>
    <message>
        <source>Where it comes from, channel by channel; bad debt %1.</source>
        <translation>逐渠道看损失来源；坏账 %1。</translation>
    </message>
    <message>
        <source>total loss</source>
        <translation>总损失</translation>
    </message>
    <message>
        <source>defaults</source>
        <translation>违约</translation>
    </message>
    <message>
        <source>With and without circuit breakers</source>
        <translation>有熔断与无熔断</translation>
    </message>
    <message>
        <source>Without breakers the loss is %1 instead of %2, bad debt %3 instead of %4.</source>
        <translation>无熔断时损失为 %1 而非 %2，坏账为 %3 而非 %4。</translation>
    </message>
    <message>
        <source>loss, breakers on</source>
        <translation>损失（熔断开）</translation>
    </message>
    <message>
        <source>loss, breakers off</source>
        <translation>损失（熔断关）</translation>
    </message>
    <message>
        <source>liquidations, on</source>
        <translation>清算（开）</translation>
    </message>
    <message>
        <source>liquidations, off</source>
        <translation>清算（关）</translation>
    </message>
    <message>
        <source>The book holds no hedges: every loss is taken in full.</source>
        <translation>账簿没有对冲：所有损失全额承担。</translation>
    </message>
    <message>
        <source>loss before hedges</source>
        <translation>对冲前损失</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>该怎么做</translation>
    </message>
    <message>
        <source>•  %1: haircut %2 (today %3), max LTV %4</source>
        <translation>•  %1：折扣 %2（当前 %3），最高 LTV %4</translation>
    </message>
    <message numerus="yes">
        <source>%n collateral asset(s) are under-margined for the liquidation horizon: raise their haircuts.</source>
        <translation>
            <numerusform>%n 项抵押资产在清算期限内保证金不足：请提高折扣。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every pledged asset&apos;s haircut covers its volatility and slippage over the liquidation horizon.</source>
        <translation>每项质押资产的折扣都覆盖了其在清算期限内的波动和滑点。</translation>
    </message>
    <message>
        <source>under-margined assets</source>
        <translation>保证金不足的资产</translation>
    </message>
    <message>
        <source>bad debt in the scenario</source>
        <translation>情景中的坏账</translation>
    </message>
    <message>
        <source>the book has nothing to shock</source>
        <translation>账簿中没有可施加冲击的对象</translation>
    </message>
    <message>
        <source>no scenario &apos;%1&apos; in the book</source>
        <translation>账簿中没有情景“%1”</translation>
    </message>
    <message>
        <source>What the hedges earned</source>
        <translation>对冲带来了多少</translation>
    </message>
    <message>
        <source>%1 hedges gained %2 in value against a loss of %3.</source>
        <translation>%1 项对冲价值增加 %2，对应损失 %3。</translation>
    </message>
    <message>
        <source>gained by hedges</source>
        <translation>对冲收益</translation>
    </message>
    <message>
        <source>Change in value by hedge</source>
        <translation>各对冲的价值变动</translation>
    </message>
    <message>
        <source>Where the chain jams</source>
        <translation>供应链堵在哪里</translation>
    </message>
    <message>
        <source>Every stage passes on what it takes in: %1 a day reaches the end of the chain.</source>
        <translation>每个环节都能传递其流入：每天 %1 到达链条末端。</translation>
    </message>
    <message>
        <source>No physical flow to follow: the book has no shipments or supply links with quantities.</source>
        <translation>没有可追踪的实物流：账簿中没有带数量的运输或供应链接。</translation>
    </message>
    <message>
        <source>max flow per day</source>
        <translation>每日最大流量</translation>
    </message>
    <message>
        <source>%1 takes in %2 a day and can pass on %3: %4 of pledged goods wait behind it. Links by days in transit, the min cut in magenta.</source>
        <translation>%1 每天流入 %2，只能传出 %3：其后有 %4 的质押货物在等待。链接按在途天数着色，最小割为品红色。</translation>
    </message>
    <message>
        <source>piling up per day</source>
        <translation>每日积压</translation>
    </message>
    <message>
        <source>pledged goods waiting</source>
        <translation>等待中的质押货物</translation>
    </message>
    <message>
        <source>loans behind it</source>
        <translation>其后的贷款</translation>
    </message>
    <message>
        <source>Inflow against outflow capacity per day</source>
        <translation>每日流入与流出能力对比</translation>
    </message>
    <message>
        <source>inflow</source>
        <translation>流入</translation>
    </message>
    <message>
        <source>outflow capacity</source>
        <translation>流出能力</translation>
    </message>
    <message>
        <source>Where the forced selling went</source>
        <translation>被迫卖出流向何处</translation>
    </message>
    <message>
        <source>The liquidators sold nothing: no loan went under.</source>
        <translation>清算人什么也没卖：没有贷款被清算。</translation>
    </message>
    <message>
        <source>%1 took %2 of %3 against %4 it absorbs before a 2% fall: its price fell %5.</source>
        <translation>%1 承接了 %2 的 %3，而其在下跌 2% 前只能吸收 %4：价格下跌了 %5。</translation>
    </message>
    <message>
        <source>collateral sold</source>
        <translation>出售的抵押品</translation>
    </message>
    <message>
        <source>worst coverage</source>
        <translation>最差覆盖率</translation>
    </message>
    <message>
        <source>its price impact</source>
        <translation>其价格冲击</translation>
    </message>
    <message>
        <source>loans pushed under next</source>
        <translation>随后被推入清算的贷款</translation>
    </message>
    <message>
        <source>Sold by the liquidators against what each venue absorbs at 2%</source>
        <translation>清算人出售量，对比各平台在 2% 冲击内的吸收量</translation>
    </message>
    <message>
        <source>sold</source>
        <translation>出售</translation>
    </message>
    <message>
        <source>absorbs at 2%</source>
        <translation>2% 内吸收</translation>
    </message>
    <message>
        <source>Across chains</source>
        <translation>跨链</translation>
    </message>
    <message>
        <source>No venue of this book is on a chain: every venue sees prices at once and nothing waits for a bridge.</source>
        <translation>本账簿没有链上平台：每个平台都即时看到价格，没有任何东西等待跨链桥。</translation>
    </message>
    <message>
        <source>venues saw prices late</source>
        <translation>平台看到价格滞后</translation>
    </message>
    <message>
        <source>liquidations the lag caused</source>
        <translation>延迟引发的清算</translation>
    </message>
    <message>
        <source>held back by the lag</source>
        <translation>因滞后而延迟</translation>
    </message>
    <message>
        <source>sent across bridges</source>
        <translation>经跨链桥发送</translation>
    </message>
    <message>
        <source>Oracle lag per lending venue, in cascade rounds</source>
        <translation>各借贷平台的预言机滞后，以级联轮数计</translation>
    </message>
    <message>
        <source>Who fails first</source>
        <translation>谁先倒下</translation>
    </message>
    <message>
        <source>No borrower to follow: the book has no loans.</source>
        <translation>没有可追踪的借款人：账簿中没有贷款。</translation>
    </message>
    <message>
        <source>Each borrower by the days its cash lasts against the inflows the scenario cuts, and the weakest health factor it reaches; the line is the time to recover (%1 days).</source>
        <translation>每个借款人按其现金在情景切断的流入下可维持的天数，以及其达到的最弱健康因子排列；线为恢复时间（%1 天）。</translation>
    </message>
    <message>
        <source>safe</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>fail physically first</source>
        <translation>先在实物上失败</translation>
    </message>
    <message>
        <source>fail financially first</source>
        <translation>先在财务上失败</translation>
    </message>
    <message>
        <source>fail both ways</source>
        <translation>两方面都失败</translation>
    </message>
    <message>
        <source>1 round</source>
        <translation>1 轮</translation>
    </message>
    <message>
        <source>%1 rounds</source>
        <translation>%1 轮</translation>
    </message>
    <message>
        <source>No seized collateral had to cross a bridge.</source>
        <translation>没有被没收的抵押品需要经过跨链桥。</translation>
    </message>
    <message>
        <source>%1 of seized collateral was sold on another chain, more than the bridges carry: %2 still waiting at the end.</source>
        <translation>%1 被没收的抵押品在另一条链上出售，超过跨链桥的承载能力：结束时仍有 %2 在等待。</translation>
    </message>
    <message>
        <source>%1 of seized collateral was sold on another chain, within the bridges&apos; capacity.</source>
        <translation>%1 被没收的抵押品在另一条链上出售，在跨链桥容量之内。</translation>
    </message>
    <message>
        <source>Bridged, it reaches its pool only %1 after the seizure.</source>
        <translation>经跨链桥后，它在被没收 %1 后才到达其资金池。</translation>
    </message>
    <message>
        <source>Finality decides when a venue sees the price: %1 saw it %2 late (%3 before the scenario). %4</source>
        <translation>最终性决定平台何时看到价格：%1 滞后 %2 才看到（情景前为 %3）。%4</translation>
    </message>
    <message>
        <source>Finality decides when a venue sees the price: %1 saw it %2 late. %3</source>
        <translation>最终性决定平台何时看到价格：%1 滞后 %2 才看到。%3</translation>
    </message>
    <message>
        <source>The scenario cuts no inflow, so no borrower runs out of cash: what separates them is the weakest health factor their loans reach in the cascade.</source>
        <translation>情景没有切断任何流入，因此没有借款人耗尽现金：区分它们的是其贷款在级联中达到的最弱健康因子。</translation>
    </message>
</context>
<context>
    <name>ballast::ui::StressView</name>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation>正态</translation>
    </message>
    <message>
        <source>Student-t degrees of freedom for fat tails (0 = Gaussian)</source>
        <translation>厚尾的 Student-t 自由度（0 = 正态）</translation>
    </message>
    <message>
        <source> / year</source>
        <translation> / 年</translation>
    </message>
    <message>
        <source>Crash jumps per year per crypto asset (mean −15%)</source>
        <translation>每个加密资产每年的暴跌跳跃次数（均值 −15%）</translation>
    </message>
    <message>
        <source>Correlation from price history</source>
        <translation>由历史价格估计相关性</translation>
    </message>
    <message>
        <source>Circuit breakers on</source>
        <translation>启用熔断</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>情景数</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Fat tails</source>
        <translation>厚尾</translation>
    </message>
    <message>
        <source>Jumps</source>
        <translation>跳跃</translation>
    </message>
    <message>
        <source>Run Monte Carlo</source>
        <translation>运行蒙特卡洛</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Correlated shocks to every priced asset, a full cascade per scenario.</source>
        <translation>对每个有价资产施加相关冲击，每个情景运行完整的连锁清算。</translation>
    </message>
    <message>
        <source>Running %L1 scenarios on worker threads…</source>
        <translation>正在后台线程中运行 %L1 个情景…</translation>
    </message>
    <message>
        <source>%L1 scenarios in %2 s (%L3 per second, %4 threads); %5 correlation eigenvalue(s) repaired.</source>
        <translation>%L1 个情景，用时 %2 秒（每秒 %L3 个，%4 个线程）；修正了 %5 个相关矩阵特征值。</translation>
    </message>
    <message>
        <source>VaR %1</source>
        <translation>VaR %1</translation>
    </message>
    <message>
        <source>ES %1</source>
        <translation>ES %1</translation>
    </message>
    <message>
        <source>Liq. at risk %1</source>
        <translation>风险清算额 %1</translation>
    </message>
    <message>
        <source>Bad debt %1</source>
        <translation>坏账 %1</translation>
    </message>
    <message>
        <source>Mean loss</source>
        <translation>平均损失</translation>
    </message>
    <message>
        <source>Max loss</source>
        <translation>最大损失</translation>
    </message>
    <message>
        <source>Mean bad debt</source>
        <translation>平均坏账</translation>
    </message>
    <message>
        <source>Risk factors</source>
        <translation>风险因子</translation>
    </message>
    <message>
        <source>&lt;b&gt;No book open&lt;/b&gt;&lt;br&gt;File &gt; Open, or File &gt; Import CSV…</source>
        <translation>&lt;b&gt;未打开账簿&lt;/b&gt;&lt;br&gt;文件 &gt; 打开，或文件 &gt; 导入 CSV…</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>运行失败：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;No market data yet&lt;/b&gt;&lt;br&gt;Monte Carlo shocks the prices of the book&apos;s assets, and this book has none.&lt;br&gt;Add assets with a price and a volatility to the workbook, or File &gt; Import CSV… with a prices.csv.</source>
        <translation>&lt;b&gt;尚无市场数据&lt;/b&gt;&lt;br&gt;蒙特卡洛冲击账簿中资产的价格，而本账簿没有资产。&lt;br&gt;请在工作簿中添加带价格和波动率的资产，或通过文件 &gt; 导入 CSV… 导入 prices.csv。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No asset has a volatility&lt;/b&gt;&lt;br&gt;Monte Carlo needs at least one risk factor: an asset (not a token) with an annualised &lt;i&gt;volatility&lt;/i&gt; in the workbook.</source>
        <translation>&lt;b&gt;没有资产设有波动率&lt;/b&gt;&lt;br&gt;蒙特卡洛至少需要一个风险因子：工作簿中一个带年化 &lt;i&gt;volatility&lt;/i&gt; 的资产（非代币）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No run yet&lt;/b&gt;&lt;br&gt;Choose the number of scenarios and press Run Monte Carlo (Ctrl+Shift+R).</source>
        <translation>&lt;b&gt;尚未运行&lt;/b&gt;&lt;br&gt;选择情景数量并点击运行蒙特卡洛（Ctrl+Shift+R）。</translation>
    </message>
    <message>
        <source>Monte Carlo: %L1 scenarios, VaR99 %2, ES99 %3 (%4 s)</source>
        <translation>蒙特卡洛：%L1 个情景，VaR99 %2，ES99 %3（%4 秒）</translation>
    </message>
    <message>
        <source>This machine</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>A launcher (MPI)</source>
        <translation>启动器（MPI）</translation>
    </message>
    <message>
        <source>The command that starts ballast-mpi on the ranks; the run&apos;s arguments follow it (docs/SCALE.md). Kept for the next session.</source>
        <translation>在各 rank 上启动 ballast-mpi 的命令；运行参数附在其后（docs/SCALE.md）。会保留到下次会话。</translation>
    </message>
    <message>
        <source>Run on</source>
        <translation>运行于</translation>
    </message>
    <message>
        <source>Launcher</source>
        <translation>启动器</translation>
    </message>
    <message>
        <source>On %1 MPI rank(s): %L2 of %L3 scenarios, %L4 per second, about %5 s left</source>
        <translation>在 %1 个 MPI rank 上：%L2 / %L3 个情景，每秒 %L4 个，约剩 %5 秒</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>正在启动 %1…</translation>
    </message>
    <message>
        <source>Set the launcher command first (e.g. mpirun -np 8 --hostfile hosts).</source>
        <translation>请先设置启动器命令（例如 mpirun -np 8 --hostfile hosts）。</translation>
    </message>
    <message>
        <source>ballast-mpi is not installed next to ballast (%1): build Ballast with MPI, see docs/SCALE.md.</source>
        <translation>ballast-mpi 未安装在 ballast 旁边（%1）：请以 MPI 构建 Ballast，见 docs/SCALE.md。</translation>
    </message>
    <message>
        <source>Writing the book for the launcher…</source>
        <translation>正在为启动器写出账簿…</translation>
    </message>
    <message>
        <source>The launcher did not start: %1</source>
        <translation>启动器未能启动：%1</translation>
    </message>
    <message>
        <source>The launcher ended with status %1, no result: %2</source>
        <translation>启动器以状态 %1 结束，无结果：%2</translation>
    </message>
    <message>
        <source>The launcher&apos;s output is not a stress result (%1).</source>
        <translation>启动器的输出不是压力测试结果（%1）。</translation>
    </message>
    <message>
        <source>Run by the launcher on 1 rank.</source>
        <translation>由启动器在 1 个 rank 上运行。</translation>
    </message>
    <message>
        <source>Run by the launcher on %1 ranks.</source>
        <translation>由启动器在 %1 个 rank 上运行。</translation>
    </message>
    <message>
        <source>Monte Carlo on %1 MPI rank(s): %L2 scenarios, VaR99 %3, ES99 %4 (%5 s)</source>
        <translation>在 %1 个 MPI rank 上的蒙特卡洛：%L2 个情景，VaR99 %3，ES99 %4（%5 秒）</translation>
    </message>
</context>
<context>
    <name>ballast::ui::SurvivalView</name>
    <message>
        <source>safe</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>fails physically first</source>
        <translation>先在实物上失败</translation>
    </message>
    <message>
        <source>fails financially first</source>
        <translation>先在财务上失败</translation>
    </message>
    <message>
        <source>fails both ways</source>
        <translation>两方面均失败</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>Time to survive × health factor</source>
        <translation>存续时间 × 健康因子</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>借款人</translation>
    </message>
    <message>
        <source>Survives</source>
        <translation>可维持</translation>
    </message>
    <message>
        <source>Recovers in</source>
        <translation>恢复用时</translation>
    </message>
    <message>
        <source>Weakest HF</source>
        <translation>最低健康因子</translation>
    </message>
    <message>
        <source>HF after</source>
        <translation>事后健康因子</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>贷款</translation>
    </message>
    <message>
        <source>Liq.</source>
        <translation>清算</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>象限</translation>
    </message>
    <message>
        <source>Loans liquidated in the cascade</source>
        <translation>级联中被清算的贷款</translation>
    </message>
    <message>
        <source>Days its cash lasts against the inflows the scenario cuts (∞: none cut, or no cash and daily costs given)</source>
        <translation>其现金在情景切断的流入下可维持的天数（∞：未被切断，或未给出现金和日常成本）</translation>
    </message>
    <message>
        <source>Days until its own inflows come back</source>
        <translation>其自身流入恢复所需天数</translation>
    </message>
    <message>
        <source>The lowest health factor any of its loans had in the cascade</source>
        <translation>其任一贷款在级联中的最低健康因子</translation>
    </message>
    <message>
        <source>%1
survives %2 (its inflows back in %3)
weakest HF %4, %5 of %6 loan(s) liquidated
%7</source>
        <translation>%1
可存续 %2（流入在 %3 后恢复）
最低健康因子 %4，%6 笔贷款中 %5 笔被清算
%7</translation>
    </message>
    <message>
        <source>&lt;b&gt;Who fails first, and how?&lt;/b&gt;&lt;br&gt;Run a scenario in the What-if view (Ctrl+R): every borrower appears here by the days its cash lasts against the inflows the scenario cuts and the weakest health factor its loans reach in the cascade.</source>
        <translation>&lt;b&gt;谁先失败，以何种方式？&lt;/b&gt;&lt;br&gt;在假设分析视图中运行一个情景（Ctrl+R）：每个借款人按其现金在被切断流入下可维持的天数及其贷款在级联中的最低健康因子显示于此。</translation>
    </message>
    <message>
        <source>No scenario run yet</source>
        <translation>尚未运行情景</translation>
    </message>
    <message>
        <source>&lt;b&gt;No borrowers&lt;/b&gt;&lt;br&gt;Nobody in this book owes a loan, so no one can fail financially; the what-if view lists the nodes the scenario cuts off.</source>
        <translation>&lt;b&gt;没有借款人&lt;/b&gt;&lt;br&gt;本账簿中无人欠有贷款，因此无人会在财务上失败；假设分析视图列出情景切断的节点。</translation>
    </message>
    <message>
        <source>%1: inflows come back within %2 at the latest.</source>
        <translation>%1：流入最迟在 %2 内恢复。</translation>
    </message>
    <message>
        <source>%1 cuts no inflows: no borrower can fail physically.</source>
        <translation>%1 未切断任何流入：没有借款人会在实物上失败。</translation>
    </message>
    <message>
        <source>%1 borrowers: %2 fail physically first, %3 financially first, %4 both ways, %5 safe.</source>
        <translation>%1 个借款人：%2 个先在实物上失败，%3 个先在财务上失败，%4 个两方面均失败，%5 个安全。</translation>
    </message>
</context>
<context>
    <name>ballast::ui::WebSocketFeed</name>
    <message>
        <source>Connected to %1</source>
        <translation>已连接到 %1</translation>
    </message>
    <message>
        <source>Feed connected: %1</source>
        <translation>行情已连接：%1</translation>
    </message>
    <message>
        <source>Disconnected — retrying in %1 s</source>
        <translation>已断开 — %1 秒后重试</translation>
    </message>
    <message>
        <source>Feed disconnected (%1); reconnecting in %2 s</source>
        <translation>行情已断开（%1）；%2 秒后重连</translation>
    </message>
    <message>
        <source>Feed sent a binary frame; only JSON text messages are read</source>
        <translation>行情发送了二进制帧；只读取 JSON 文本消息</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Feed stopped</source>
        <translation>行情已停止</translation>
    </message>
    <message>
        <source>WebSocket %1</source>
        <translation>WebSocket %1</translation>
    </message>
</context>
<context>
    <name>ballast::ui::WhatIfView</name>
    <message>
        <source>&lt;b&gt;Scenario library&lt;/b&gt;</source>
        <translation>&lt;b&gt;情景库&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Scenario name</source>
        <translation>情景名称</translation>
    </message>
    <message>
        <source>Shock</source>
        <translation>冲击</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>幅度</translation>
    </message>
    <message>
        <source>Add shock</source>
        <translation>添加冲击</translation>
    </message>
    <message>
        <source>Save to book</source>
        <translation>保存到账簿</translation>
    </message>
    <message>
        <source>Add this scenario to the book&apos;s library (undoable)</source>
        <translation>将此情景加入账簿的情景库（可撤销）</translation>
    </message>
    <message>
        <source>Circuit breakers on</source>
        <translation>启用熔断</translation>
    </message>
    <message>
        <source>Also run without breakers (compare)</source>
        <translation>同时在无熔断条件下运行（对比）</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Run the scenario (Ctrl+R)</source>
        <translation>运行情景（Ctrl+R）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Pin as B</source>
        <translation>固定为 B</translation>
    </message>
    <message>
        <source>Keep this result to compare the next run against</source>
        <translation>保留此结果，用于与下一次运行对比</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Summary &amp;&amp; attribution</source>
        <translation>摘要与归因</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Liquidations</source>
        <translation>清算次数</translation>
    </message>
    <message>
        <source>Debt repaid</source>
        <translation>已偿还债务</translation>
    </message>
    <message>
        <source>Collateral sold</source>
        <translation>已售抵押品</translation>
    </message>
    <message>
        <source>Proceeds</source>
        <translation>所得</translation>
    </message>
    <message>
        <source>Bad debt</source>
        <translation>坏账</translation>
    </message>
    <message>
        <source>Halted venues</source>
        <translation>暂停的平台</translation>
    </message>
    <message>
        <source>Cascade</source>
        <translation>连锁清算</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Liq. penalty</source>
        <translation>清算罚金</translation>
    </message>
    <message>
        <source>Fire sale</source>
        <translation>抛售</translation>
    </message>
    <message>
        <source>Oracle</source>
        <translation>预言机</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>违约</translation>
    </message>
    <message>
        <source>Supply chain</source>
        <translation>供应链</translation>
    </message>
    <message>
        <source>Hedges</source>
        <translation>对冲</translation>
    </message>
    <message>
        <source>Defaulted</source>
        <translation>已违约</translation>
    </message>
    <message>
        <source>DebtRank</source>
        <translation>DebtRank</translation>
    </message>
    <message>
        <source>Defaults &amp;&amp; losses by node</source>
        <translation>各节点违约与损失</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Pinned “%1” as B; the next run is compared against it.</source>
        <translation>已将“%1”固定为 B；下一次运行将与其对比。</translation>
    </message>
    <message>
        <source>Cancelled; nothing changed.</source>
        <translation>已取消；未做任何更改。</translation>
    </message>
    <message>
        <source>  (yours)</source>
        <translation>  （自定义）</translation>
    </message>
    <message>
        <source> peg</source>
        <translation> 锚定价</translation>
    </message>
    <message>
        <source> % drained</source>
        <translation> % 流失</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source> rounds (0 = all)</source>
        <translation> 轮（0 = 全部）</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Remove this shock</source>
        <translation>删除此冲击</translation>
    </message>
    <message>
        <source>Defined in the book (pool, shipment or price path); runs as loaded</source>
        <translation>在账簿中定义（池、货运或价格路径）；按加载内容运行</translation>
    </message>
    <message>
        <source>Add at least one shock.</source>
        <translation>请至少添加一个冲击。</translation>
    </message>
    <message>
        <source>Running “%1” on a worker thread…</source>
        <translation>正在后台线程中运行“%1”…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>“%1”: loss %2, bad debt %3, %4 liquidations, %5 defaults — %6 ms</source>
        <translation>“%1”：损失 %2，坏账 %3，%4 次清算，%5 个违约 — %6 毫秒</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B：%1</translation>
    </message>
    <message>
        <source>No breakers</source>
        <translation>无熔断</translation>
    </message>
    <message>
        <source>This run</source>
        <translation>本次运行</translation>
    </message>
    <message>
        <source>Total loss</source>
        <translation>总损失</translation>
    </message>
    <message>
        <source>  price</source>
        <translation>  价格</translation>
    </message>
    <message>
        <source>  liquidation penalty</source>
        <translation>  清算罚金</translation>
    </message>
    <message>
        <source>  fire-sale slippage</source>
        <translation>  抛售滑点</translation>
    </message>
    <message>
        <source>  oracle</source>
        <translation>  预言机</translation>
    </message>
    <message>
        <source>  defaults</source>
        <translation>  违约</translation>
    </message>
    <message>
        <source>  supply chain</source>
        <translation>  供应链</translation>
    </message>
    <message>
        <source>  hedges</source>
        <translation>  对冲</translation>
    </message>
    <message>
        <source>Liquidators&apos; slippage</source>
        <translation>清算人滑点</translation>
    </message>
    <message>
        <source>Cascade rounds</source>
        <translation>连锁轮数</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>违约数</translation>
    </message>
    <message>
        <source>Min HF after</source>
        <translation>之后最低 HF</translation>
    </message>
    <message>
        <source>System DebtRank</source>
        <translation>系统 DebtRank</translation>
    </message>
    <message>
        <source>Clearing iterations</source>
        <translation>清算迭代次数</translation>
    </message>
    <message>
        <source>Compute time</source>
        <translation>计算时间</translation>
    </message>
    <message>
        <source>Min HF before</source>
        <translation>之前最低 HF</translation>
    </message>
    <message>
        <source>yes (%1)</source>
        <translation>是（%1）</translation>
    </message>
    <message>
        <source>after the cascade (%1 rounds)</source>
        <translation>连锁清算之后（%1 轮）</translation>
    </message>
    <message>
        <source>round %1 of %2</source>
        <translation>第 %1 / %2 轮</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>运行失败：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;No book open&lt;/b&gt;&lt;br&gt;File &gt; Open, or File &gt; Import CSV…</source>
        <translation>&lt;b&gt;未打开账簿&lt;/b&gt;&lt;br&gt;文件 &gt; 打开，或文件 &gt; 导入 CSV…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to shock yet&lt;/b&gt;&lt;br&gt;This book has no nodes, assets or scenarios. Add a supply chain (File &gt; Import CSV… with nodes.csv and links.csv) or assets and positions.</source>
        <translation>&lt;b&gt;尚无可冲击的内容&lt;/b&gt;&lt;br&gt;本账簿没有节点、资产或情景。请添加供应链（文件 &gt; 导入 CSV…，使用 nodes.csv 和 links.csv）或资产与头寸。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No scenarios in this book&lt;/b&gt;&lt;br&gt;The library suggests some from the book&apos;s shape (a supplier default, a delay at the busiest hub…). Pick one, or build your own with Add shock, then press Run (Ctrl+R).</source>
        <translation>&lt;b&gt;本账簿没有情景&lt;/b&gt;&lt;br&gt;情景库根据账簿结构给出了建议（供应商违约、最繁忙枢纽的延误…）。选择一个，或用“添加冲击”自行构建，然后点击运行（Ctrl+R）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No run yet&lt;/b&gt;&lt;br&gt;Pick a scenario in the library (or build one with Add shock) and press Run (Ctrl+R).</source>
        <translation>&lt;b&gt;尚未运行&lt;/b&gt;&lt;br&gt;在情景库中选择一个情景（或用“添加冲击”构建），然后点击运行（Ctrl+R）。</translation>
    </message>
    <message>
        <source>Default of %1</source>
        <translation>%1 违约</translation>
    </message>
    <message>
        <source>14-day delay at %1</source>
        <translation>%1 延误 14 天</translation>
    </message>
    <message>
        <source>%1 falls 30%</source>
        <translation>%1 下跌 30%</translation>
    </message>
    <message>
        <source>Crypto falls 40%</source>
        <translation>加密资产下跌 40%</translation>
    </message>
    <message>
        <source>Oracle of %1 frozen 48 h, price −25%</source>
        <translation>%1 预言机冻结 48 小时，价格 −25%</translation>
    </message>
    <message>
        <source>Half the liquidity of %1 withdrawn</source>
        <translation>%1 一半流动性被撤出</translation>
    </message>
    <message>
        <source>  (suggested)</source>
        <translation>  （建议）</translation>
    </message>
    <message>
        <source>Suggested from the book&apos;s shape; Save to book keeps it</source>
        <translation>根据账簿结构建议；“保存到账簿”可保留</translation>
    </message>
    <message>
        <source>No book is open.</source>
        <translation>未打开账簿。</translation>
    </message>
    <message>
        <source>Supply lost</source>
        <translation>供应损失</translation>
    </message>
    <message>
        <source>Recovers in</source>
        <translation>恢复用时</translation>
    </message>
    <message>
        <source>Survives</source>
        <translation>可维持</translation>
    </message>
    <message>
        <source>Nodes losing supply</source>
        <translation>失去供应的节点</translation>
    </message>
    <message>
        <source>Shipments delayed</source>
        <translation>延误的货运</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>No lead time is given for the links it lost (leadTimeDays)</source>
        <translation>失去的连接未给出交付周期（leadTimeDays）</translation>
    </message>
    <message>
        <source>shock</source>
        <translation>冲击</translation>
    </message>
    <message>
        <source>supply chain</source>
        <translation>供应链</translation>
    </message>
    <message>
        <source>clearing</source>
        <translation>清算</translation>
    </message>
    <message>
        <source>add scenario “%1”</source>
        <translation>添加情景“%1”</translation>
    </message>
    <message>
        <source>What-if “%1”: loss %2, bad debt %3, %4 liquidations, %5 defaults (%6 ms)</source>
        <translation>情景分析“%1”：损失 %2，坏账 %3，%4 次清算，%5 个违约（%6 毫秒）</translation>
    </message>
</context>
<context>
    <name>ballast::ui::plots::Chart</name>
    <message>
        <source>VaR %1 %2</source>
        <translation>VaR %1 %2</translation>
    </message>
    <message>
        <source>ES %1 %2</source>
        <translation>ES %1 %2</translation>
    </message>
    <message>
        <source>loss over the horizon</source>
        <translation>期限内损失</translation>
    </message>
    <message>
        <source>scenarios</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>Monte Carlo loss distribution — %L1 scenarios, mean %2, max %3</source>
        <translation>蒙特卡洛损失分布 — %L1 个情景，均值 %2，最大 %3</translation>
    </message>
    <message>
        <source>defaults in a scenario</source>
        <translation>单个情景中的违约数</translation>
    </message>
    <message>
        <source>% of scenarios</source>
        <translation>情景占比 %</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Liq. penalty</source>
        <translation>清算罚金</translation>
    </message>
    <message>
        <source>Fire sale</source>
        <translation>抛售</translation>
    </message>
    <message>
        <source>Oracle</source>
        <translation>预言机</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>违约数</translation>
    </message>
    <message>
        <source>Supply chain</source>
        <translation>供应链</translation>
    </message>
    <message>
        <source>Hedges</source>
        <translation>对冲</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Loss attribution by channel</source>
        <translation>按渠道的损失归因</translation>
    </message>
    <message>
        <source>debt repaid (this run)</source>
        <translation>已偿还债务（本次）</translation>
    </message>
    <message>
        <source>debt repaid without breakers</source>
        <translation>无熔断时已偿还债务</translation>
    </message>
    <message>
        <source>cascade round</source>
        <translation>连锁轮次</translation>
    </message>
    <message>
        <source>∞: no inflow lost</source>
        <translation>∞：无流入损失</translation>
    </message>
    <message>
        <source>no debt left</source>
        <translation>无剩余债务</translation>
    </message>
    <message>
        <source>time to recover %1 d</source>
        <translation>恢复时间 %1 天</translation>
    </message>
    <message>
        <source>fails physically first</source>
        <translation>先在实物上失败</translation>
    </message>
    <message>
        <source>fails financially first</source>
        <translation>先在财务上失败</translation>
    </message>
    <message>
        <source>fails both ways</source>
        <translation>两方面均失败</translation>
    </message>
    <message>
        <source>safe</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>time to survive (days of cash against the inflows lost)</source>
        <translation>存续时间（现金可抵御流入损失的天数）</translation>
    </message>
    <message>
        <source>weakest health factor in the cascade</source>
        <translation>级联中的最低健康因子</translation>
    </message>
    <message>
        <source>market</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>oracle</source>
        <translation>预言机</translation>
    </message>
    <message>
        <source>oracle (1 venue on time)</source>
        <translation>预言机（1 个场所同步）</translation>
    </message>
    <message>
        <source>oracle (%1 venues on time)</source>
        <translation>预言机（%1 个场所同步）</translation>
    </message>
    <message>
        <source>%1 (1 round late)</source>
        <translation>%1（滞后 1 轮）</translation>
    </message>
    <message>
        <source>%1 (%2 rounds late)</source>
        <translation>%1（滞后 %2 轮）</translation>
    </message>
    <message>
        <source>liquidations the lag caused</source>
        <translation>延迟引发的清算</translation>
    </message>
    <message>
        <source>loans the lag held back</source>
        <translation>被延迟延后的贷款</translation>
    </message>
    <message>
        <source>cascade round (0: before the shock)</source>
        <translation>级联轮次（0：冲击前）</translation>
    </message>
    <message>
        <source>%1 price</source>
        <translation>%1 价格</translation>
    </message>
    <message>
        <source>Oracle lag: %1 as the market and each venue saw it</source>
        <translation>预言机延迟：市场与各场所看到的 %1</translation>
    </message>
    <message>
        <source>lag before</source>
        <translation>之前滞后</translation>
    </message>
    <message>
        <source>lag in the scenario</source>
        <translation>情景中滞后</translation>
    </message>
    <message>
        <source>rounds seen late</source>
        <translation>滞后看到的轮数</translation>
    </message>
    <message>
        <source>cascade rounds</source>
        <translation>级联轮数</translation>
    </message>
    <message>
        <source>capacity per round</source>
        <translation>每轮容量</translation>
    </message>
    <message>
        <source>%1: capacity per round</source>
        <translation>%1：每轮容量</translation>
    </message>
    <message>
        <source>waiting at the bridges</source>
        <translation>在跨链桥等待</translation>
    </message>
    <message>
        <source>lag today</source>
        <translation>当前滞后</translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
</context>
</TS>
