<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>About</name>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>see the package&apos;s metadata</source>
        <translation>请参阅软件包元数据</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>Qt and PySide6 are used under the GNU LGPL v3: they are shipped as separate shared libraries that you may replace with your own build.</source>
        <translation>Qt 和 PySide6 依据 GNU LGPL v3 使用：它们以独立的共享库形式提供，你可以替换为自己编译的版本。</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>版本 {version}</translation>
    </message>
    <message>
        <source>About Image Studio</source>
        <translation>关于 Image Studio</translation>
    </message>
    <message>
        <source>Generate and edit images with OpenAI&apos;s GPT Image models.</source>
        <translation>使用 OpenAI 的 GPT Image 模型生成和编辑图像。</translation>
    </message>
    <message>
        <source>Image Studio is MIT-licensed.</source>
        <translation>Image Studio 采用 MIT 许可证。</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Emulator at {url}</source>
        <translation>模拟器：{url}</translation>
    </message>
    <message>
        <source>API: {url}</source>
        <translation>API：{url}</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
</context>
<context>
    <name>BatchController</name>
    <message>
        <source>Send as batch (½ price, within 24 h)</source>
        <translation>批量发送（半价，24 小时内）</translation>
    </message>
    <message>
        <source>Batch ½ price</source>
        <translation>批量 半价</translation>
    </message>
    <message>
        <source>Send many variations, sizes or pictures as one batch at half price</source>
        <translation>把多个变体、尺寸或图片作为一个批次以半价发送</translation>
    </message>
    <message>
        <source>Sending a batch of {count} requests (~{cost})…</source>
        <translation>正在发送包含 {count} 个请求的批次（约 {cost}）…</translation>
    </message>
    <message>
        <source>Budget cap</source>
        <translation>预算上限</translation>
    </message>
    <message>
        <source>{message}

The batch was not sent.</source>
        <translation>{message}

批次未发送。</translation>
    </message>
    <message>
        <source>{message}

Send the batch anyway?</source>
        <translation>{message}

仍要发送该批次吗？</translation>
    </message>
    <message>
        <source>Preparing the picture… the batch dialog opens next</source>
        <translation>正在准备图片…随后打开批次对话框</translation>
    </message>
    <message>
        <source>Could not prepare the picture; nothing was sent: {error}</source>
        <translation>无法准备图片；未发送任何内容：{error}</translation>
    </message>
    <message>
        <source>Batch sent: {count} requests, ~{cost}; results within 24 h (Batches panel)</source>
        <translation>批次已发送：{count} 个请求，约 {cost}；24 小时内出结果（批次面板）</translation>
    </message>
    <message>
        <source>Cancelling the batch; requests already run are kept</source>
        <translation>正在取消批次；已完成的请求会保留</translation>
    </message>
</context>
<context>
    <name>BatchPanel</name>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>No batches yet. Send as batch (Image menu) renders many images at half price within 24 hours; they arrive here and in the gallery.</source>
        <translation>还没有批次。“批量发送”（图像菜单）可在 24 小时内以半价生成大量图像；结果会显示在这里和图库中。</translation>
    </message>
    <message>
        <source>Cancel batch</source>
        <translation>取消批次</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>立即检查</translation>
    </message>
    <message>
        <source>{ref}
{endpoint}, {model}</source>
        <translation>{ref}
{endpoint}，{model}</translation>
    </message>
    <message>
        <source>{count} requests</source>
        <translation>{count} 个请求</translation>
    </message>
    <message>
        <source>{who}: {error}</source>
        <translation>{who}：{error}</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <source>validating</source>
        <translation>验证中</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>finalizing</source>
        <translation>收尾中</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>cancelling</source>
        <translation>取消中</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>{done}/{total}</source>
        <translation>{done}/{total}</translation>
    </message>
    <message>
        <source>, {failed} failed</source>
        <translation>，{failed} 个失败</translation>
    </message>
    <message>
        <source>~{estimate}</source>
        <translation>约 {estimate}</translation>
    </message>
    <message>
        <source>Checking with the API…</source>
        <translation>正在向 API 查询…</translation>
    </message>
</context>
<context>
    <name>BatchesController</name>
    <message>
        <source>Batches</source>
        <translation>批次</translation>
    </message>
</context>
<context>
    <name>BrushTool</name>
    <message>
        <source>Eraser Stroke</source>
        <translation>橡皮擦笔画</translation>
    </message>
    <message>
        <source>Brush Stroke</source>
        <translation>画笔笔画</translation>
    </message>
</context>
<context>
    <name>BudgetEditor</name>
    <message>
        <source>Ask before crossing a cap</source>
        <translation>超出上限前询问</translation>
    </message>
    <message>
        <source>Refuse jobs that would cross a cap</source>
        <translation>拒绝会超出上限的任务</translation>
    </message>
    <message>
        <source>Save caps</source>
        <translation>保存上限</translation>
    </message>
    <message>
        <source>Daily cap</source>
        <translation>每日上限</translation>
    </message>
    <message>
        <source>Monthly cap</source>
        <translation>每月上限</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>无上限</translation>
    </message>
</context>
<context>
    <name>BudgetGate</name>
    <message>
        <source>Budget cap</source>
        <translation>预算上限</translation>
    </message>
    <message>
        <source>{message}

The job was not sent.</source>
        <translation>{message}

任务未发送。</translation>
    </message>
    <message>
        <source>{message}

Send it anyway?</source>
        <translation>{message}

仍要发送吗？</translation>
    </message>
</context>
<context>
    <name>BudgetsPage</name>
    <message>
        <source>Daily cap</source>
        <translation>每日上限</translation>
    </message>
    <message>
        <source>Monthly cap</source>
        <translation>每月上限</translation>
    </message>
    <message>
        <source> % of a cap</source>
        <translation> % 上限</translation>
    </message>
    <message>
        <source>When a job would cross a cap</source>
        <translation>任务将超出上限时</translation>
    </message>
    <message>
        <source>Warn from</source>
        <translation>提醒阈值</translation>
    </message>
</context>
<context>
    <name>CanvasActions</name>
    <message>
        <source>&amp;Brush</source>
        <translation>画笔(&amp;B)</translation>
    </message>
    <message>
        <source>Paint the area to change</source>
        <translation>涂抹要修改的区域</translation>
    </message>
    <message>
        <source>&amp;Eraser</source>
        <translation>橡皮擦(&amp;E)</translation>
    </message>
    <message>
        <source>Erase parts of the mask</source>
        <translation>擦除部分蒙版</translation>
    </message>
    <message>
        <source>&amp;Rectangle</source>
        <translation>矩形(&amp;R)</translation>
    </message>
    <message>
        <source>Drag a rectangle to change</source>
        <translation>拖出要修改的矩形区域</translation>
    </message>
    <message>
        <source>&amp;Lasso</source>
        <translation>套索(&amp;L)</translation>
    </message>
    <message>
        <source>Draw a closed outline to change</source>
        <translation>画出要修改的闭合轮廓</translation>
    </message>
    <message>
        <source>&amp;Polygon Lasso</source>
        <translation>多边形套索(&amp;P)</translation>
    </message>
    <message>
        <source>Click corners; double-click or Enter closes, Backspace undoes a corner</source>
        <translation>点击放置顶点；双击或按 Enter 闭合，Backspace 撤销一个顶点</translation>
    </message>
    <message>
        <source>Magic &amp;Wand</source>
        <translation>魔棒(&amp;W)</translation>
    </message>
    <message>
        <source>Click a colour to select it and its similar neighbours</source>
        <translation>点击一种颜色，选中它及相近的相邻区域</translation>
    </message>
    <message>
        <source>&amp;Object Selection</source>
        <translation>对象选择(&amp;O)</translation>
    </message>
    <message>
        <source>Drag a box around an object; then click parts to add, Alt-click parts to leave out</source>
        <translation>框选一个对象；再点击部分区域以添加，按住 Alt 点击以排除</translation>
    </message>
    <message>
        <source>{name} ({key}) — {tip}</source>
        <translation>{name}（{key}）— {tip}</translation>
    </message>
    <message>
        <source>Smaller Brush</source>
        <translation>缩小画笔</translation>
    </message>
    <message>
        <source>Larger Brush</source>
        <translation>放大画笔</translation>
    </message>
    <message>
        <source>&amp;Invert Mask</source>
        <translation>反相蒙版(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Clear Mask</source>
        <translation>清除蒙版(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Fill Mask</source>
        <translation>填充蒙版(&amp;F)</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>反相</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>Show &amp;Mask Overlay</source>
        <translation>显示蒙版叠加层(&amp;M)</translation>
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
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>适合窗口(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Actual Size (100 %)</source>
        <translation>实际大小 (100 %)(&amp;A)</translation>
    </message>
</context>
<context>
    <name>CanvasDocument</name>
    <message>
        <source>Open Image</source>
        <translation>打开图像</translation>
    </message>
    <message>
        <source>New Canvas</source>
        <translation>新建画布</translation>
    </message>
    <message>
        <source>Erase Rectangle</source>
        <translation>擦除矩形</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>矩形</translation>
    </message>
    <message>
        <source>Erase Lasso</source>
        <translation>套索擦除</translation>
    </message>
    <message>
        <source>Lasso</source>
        <translation>套索</translation>
    </message>
    <message>
        <source>Fill Mask</source>
        <translation>填充蒙版</translation>
    </message>
    <message>
        <source>Clear Mask</source>
        <translation>清除蒙版</translation>
    </message>
    <message>
        <source>Import Mask</source>
        <translation>导入蒙版</translation>
    </message>
</context>
<context>
    <name>CanvasFiles</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp);;All files (*)</source>
        <translation>图像 (*.png *.jpg *.jpeg *.webp);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Masks (*.png *.jpg *.jpeg *.webp);;All files (*)</source>
        <translation>蒙版 (*.png *.jpg *.jpeg *.webp);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Drop the painted mask?</source>
        <translation>放弃已绘制的蒙版？</translation>
    </message>
    <message>
        <source>Opening another picture drops the mask you painted on this one. Export the mask first (File ▸ Export Mask…) to keep it, or Discard it. Edit ▸ Undo brings it back too.</source>
        <translation>打开另一张图片会放弃在当前图片上绘制的蒙版。请先导出蒙版（文件 ▸ 导出蒙版…）以便保留，或选择放弃。编辑 ▸ 撤销也能找回。</translation>
    </message>
    <message>
        <source>Cannot open image</source>
        <translation>无法打开图像</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>已打开 {name}</translation>
    </message>
    <message>
        <source>Pasted image</source>
        <translation>粘贴的图像</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>剪贴板中没有图像。</translation>
    </message>
    <message>
        <source>Cannot import mask</source>
        <translation>无法导入蒙版</translation>
    </message>
    <message>
        <source>Mask size differs</source>
        <translation>蒙版尺寸不同</translation>
    </message>
    <message>
        <source>{error}

Resize the mask to {width}×{height}, or cancel the import?</source>
        <translation>{error}

将蒙版调整为 {width}×{height}，还是取消导入？</translation>
    </message>
    <message>
        <source>Mask not imported: {error}</source>
        <translation>未导入蒙版：{error}</translation>
    </message>
    <message>
        <source>Cannot export mask</source>
        <translation>无法导出蒙版</translation>
    </message>
    <message>
        <source>Mask saved to {name}</source>
        <translation>蒙版已保存到 {name}</translation>
    </message>
    <message>
        <source>Nothing to export: open or generate a picture first.</source>
        <translation>没有可导出的内容：请先打开或生成一张图片。</translation>
    </message>
    <message>
        <source>Export Image</source>
        <translation>导出图像</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Open Image</source>
        <translation>打开图像</translation>
    </message>
    <message>
        <source>Import Mask</source>
        <translation>导入蒙版</translation>
    </message>
    <message>
        <source>Export Mask</source>
        <translation>导出蒙版</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>CanvasPainter</name>
    <message>
        <source>Open an image to paint a mask on it
Ctrl+O, drop a file here, or paste with Ctrl+V

File ▸ New Canvas (Ctrl+N) to generate from a prompt</source>
        <translation>打开一张图像，在上面绘制蒙版
Ctrl+O、把文件拖到这里，或用 Ctrl+V 粘贴

文件 ▸ 新建画布 (Ctrl+N)，根据提示词生成</translation>
    </message>
    <message>
        <source>Blank canvas {width} × {height}
Generate mode: no mask</source>
        <translation>空白画布 {width} × {height}
生成模式：无蒙版</translation>
    </message>
</context>
<context>
    <name>CanvasView</name>
    <message>
        <source>Paste Image</source>
        <translation>粘贴图像</translation>
    </message>
    <message>
        <source>Open Image</source>
        <translation>打开图像</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{message} (see {prog} --help)</source>
        <translation>{message}（参见 {prog} --help）</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>preparing</source>
        <translation>准备中</translation>
    </message>
    <message>
        <source>validating</source>
        <translation>验证中</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>finalizing</source>
        <translation>收尾中</translation>
    </message>
    <message>
        <source>cancelling</source>
        <translation>取消中</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>no batch {id} in this history (see: studio batch status)</source>
        <translation>历史记录中没有批次 {id}（请查看：studio batch status）</translation>
    </message>
    <message>
        <source>No batches yet: studio batch submit --prompt ... sends one.</source>
        <translation>还没有批次：用 studio batch submit --prompt ... 发送一个。</translation>
    </message>
    <message>
        <source>{id} is {state}: nothing to collect yet.</source>
        <translation>{id}：{state}，暂时没有可取回的结果。</translation>
    </message>
    <message>
        <source>{count} new image(s), {unchanged} already there:</source>
        <translation>{count} 张新图像，{unchanged} 张已存在：</translation>
    </message>
    <message>
        <source>{request} failed: {reason}</source>
        <translation>{request} 失败：{reason}</translation>
    </message>
    <message>
        <source>{message} Nothing was sent (budget settings).</source>
        <translation>{message} 未发送任何请求（预算设置）。</translation>
    </message>
    <message>
        <source>cannot read the {what} {path}: {reason}</source>
        <translation>无法读取{what} {path}：{reason}</translation>
    </message>
    <message>
        <source>image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>not billed yet</source>
        <translation>尚未计费</translation>
    </message>
    <message>
        <source>{cost} billed</source>
        <translation>已计费 {cost}</translation>
    </message>
    <message>
        <source>{completed}/{total} done, {failed} failed</source>
        <translation>已完成 {completed}/{total}，失败 {failed}</translation>
    </message>
    <message>
        <source>(estimate {estimate})  submitted {submitted}</source>
        <translation>（估算 {estimate}）  提交于 {submitted}</translation>
    </message>
    <message>
        <source>, finished {finished}</source>
        <translation>，完成于 {finished}</translation>
    </message>
    <message>
        <source>a mask needs an --image to edit</source>
        <translation>蒙版需要配合 --image 指定要编辑的图像</translation>
    </message>
    <message>
        <source>mask</source>
        <translation>蒙版</translation>
    </message>
    <message>
        <source>cannot use the mask {name}: {reason}</source>
        <translation>无法使用蒙版 {name}：{reason}</translation>
    </message>
    <message>
        <source>a markup needs an --image to edit</source>
        <translation>标注需要配合 --image 指定要编辑的图像</translation>
    </message>
    <message>
        <source>markup</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>cannot use the markup {name}: it is {reason}</source>
        <translation>无法使用标注 {name}：{reason}</translation>
    </message>
    <message>
        <source>the markup {name} must be a PNG with transparency</source>
        <translation>标注 {name} 必须是带透明度的 PNG</translation>
    </message>
    <message>
        <source>the markup {name} is {size} but the picture is {picture}; draw it at the picture&apos;s size</source>
        <translation>标注 {name} 为 {size}，但图像为 {picture}；请按图像的尺寸绘制</translation>
    </message>
    <message>
        <source>cannot use the markup {name}: {reason}</source>
        <translation>无法使用标注 {name}：{reason}</translation>
    </message>
    <message>
        <source>the markup {name} has no transparent pixels</source>
        <translation>标注 {name} 没有透明像素</translation>
    </message>
    <message>
        <source>{model} {size} {quality} x{n}: {input} input + {output} output tokens = {cost}</source>
        <translation>{model} {size} {quality} x{n}：输入 {input} + 输出 {output} Token = {cost}</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>提示：{note}</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>images</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>cost USD</source>
        <translation>费用 USD</translation>
    </message>
    <message>
        <source>{message} Not sent (budget settings refuse it).</source>
        <translation>{message} 未发送（预算设置拒绝）。</translation>
    </message>
    <message>
        <source>{message} Not sent: there is no terminal to ask for approval.</source>
        <translation>{message} 未发送：没有可用于确认的终端。</translation>
    </message>
    <message>
        <source>{message} Send it anyway? [y/N] </source>
        <translation>{message} 仍要发送吗？[y/N] </translation>
    </message>
    <message>
        <source>{message} Not sent.</source>
        <translation>{message} 未发送。</translation>
    </message>
    <message>
        <source>--out: {problem}</source>
        <translation>--out：{problem}</translation>
    </message>
    <message>
        <source>{count} image(s) kept before the failure:</source>
        <translation>失败前保留了 {count} 张图像：</translation>
    </message>
    <message>
        <source>{reason} Retrying in {seconds}s (attempt {attempt})</source>
        <translation>{reason} {seconds} 秒后重试（第 {attempt} 次）</translation>
    </message>
    <message>
        <source>--focus needs a --mask: it sends a crop around the masked area</source>
        <translation>--focus 需要 --mask：只发送蒙版区域周围的裁切部分</translation>
    </message>
    <message>
        <source>sent at {size}</source>
        <translation>以 {size} 发送</translation>
    </message>
    <message>
        <source>{before} extended to {after}</source>
        <translation>{before} 扩展为 {after}</translation>
    </message>
    <message>
        <source>give either --aspect or pixels per side, not both</source>
        <translation>请指定 --aspect 或每条边的像素数，不能同时指定</translation>
    </message>
    <message>
        <source>say how far to extend: --left/--right/--top/--bottom or --aspect</source>
        <translation>请指定扩展多少：--left/--right/--top/--bottom 或 --aspect</translation>
    </message>
    <message>
        <source>the mask covers most of the picture; the whole frame is sent</source>
        <translation>蒙版覆盖了图像的大部分；将发送整张图像</translation>
    </message>
    <message>
        <source>cached, $0</source>
        <translation>已缓存，$0</translation>
    </message>
    <message>
        <source>{count} image(s) ({state}; {headline}):</source>
        <translation>{count} 张图像（{state}；{headline}）：</translation>
    </message>
    <message>
        <source>{count} image(s) ({state}):</source>
        <translation>{count} 张图像（{state}）：</translation>
    </message>
    <message>
        <source>{count} drafts at {quality}, {size} ({cost}):</source>
        <translation>{count} 张草稿，{quality}，{size}（{cost}）：</translation>
    </message>
    <message>
        <source>(job {id})</source>
        <translation>（任务 {id}）</translation>
    </message>
    <message>
        <source>cannot finalize: {reason}</source>
        <translation>无法定稿：{reason}</translation>
    </message>
    <message>
        <source>{model} has no quality {quality}</source>
        <translation>{model} 没有 {quality} 质量</translation>
    </message>
    <message>
        <source>final at {quality}, {size} ({cost}):</source>
        <translation>定稿：{quality}，{size}（{cost}）：</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>what to generate or change</source>
        <translation>要生成或修改的内容</translation>
    </message>
    <message>
        <source>model id (default: gpt-image-2)</source>
        <translation>模型 ID（默认：gpt-image-2）</translation>
    </message>
    <message>
        <source>low, medium, high, xhigh, max or auto</source>
        <translation>low、medium、high、xhigh、max 或 auto</translation>
    </message>
    <message>
        <source>auto or WIDTHxHEIGHT, e.g. 1536x1024</source>
        <translation>auto 或 宽x高，例如 1536x1024</translation>
    </message>
    <message>
        <source>number of images (1-10)</source>
        <translation>图像数量（1-10）</translation>
    </message>
    <message>
        <source>partial images (0-3)</source>
        <translation>中间图数量（0-3）</translation>
    </message>
    <message>
        <source>auto, opaque or transparent</source>
        <translation>auto、opaque 或 transparent</translation>
    </message>
    <message>
        <source>png, jpeg, webp, gif or svg (gif, svg: 2.6)</source>
        <translation>png、jpeg、webp、gif 或 svg（gif、svg：2.6）</translation>
    </message>
    <message>
        <source>0-100 (jpeg/webp)</source>
        <translation>0-100（jpeg/webp）</translation>
    </message>
    <message>
        <source>auto or low</source>
        <translation>auto 或 low</translation>
    </message>
    <message>
        <source>low or high (edits, 1.x models)</source>
        <translation>low 或 high（编辑，1.x 模型）</translation>
    </message>
    <message>
        <source>low, medium or high: planning effort</source>
        <translation>low、medium 或 high：规划力度</translation>
    </message>
    <message>
        <source>GIF frames, 2-16 (9)</source>
        <translation>GIF 帧数，2-16（9）</translation>
    </message>
    <message>
        <source>GIF delay per frame in ms (200)</source>
        <translation>GIF 每帧时长，单位 ms（200）</translation>
    </message>
    <message>
        <source>SVG author model, e.g. gpt-5.6-sol</source>
        <translation>生成 SVG 的模型，例如 gpt-5.6-sol</translation>
    </message>
    <message>
        <source>SVG author effort: none ... max</source>
        <translation>SVG 模型的推理力度：none … max</translation>
    </message>
    <message>
        <source>a hashed id of the end user (see Settings)</source>
        <translation>最终用户的哈希标识（见设置）</translation>
    </message>
    <message>
        <source>print machine-readable JSON</source>
        <translation>输出机器可读的 JSON</translation>
    </message>
    <message>
        <source>folder to write the images into</source>
        <translation>保存图像的文件夹</translation>
    </message>
    <message>
        <source>always send, never reuse</source>
        <translation>总是发送，不使用缓存</translation>
    </message>
    <message>
        <source>keep the API&apos;s raw output instead of compositing through the mask</source>
        <translation>保留 API 的原始输出，不通过蒙版合成</translation>
    </message>
    <message>
        <source>use the built-in offline emulator</source>
        <translation>使用内置的离线模拟器</translation>
    </message>
    <message>
        <source>Image Studio: the window (default), --demo, and the commands from estimate to emulator.</source>
        <translation>Image Studio：窗口（默认）、--demo，以及从 estimate 到 emulator 的各个命令。</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>显示版本并退出</translation>
    </message>
    <message>
        <source>open the window on the emulator</source>
        <translation>以模拟器打开窗口</translation>
    </message>
    <message>
        <source>exit 0 once the window is shown</source>
        <translation>窗口显示后以 0 退出</translation>
    </message>
    <message>
        <source>language of the window and messages (default: Language setting, else the system&apos;s)</source>
        <translation>窗口和消息的语言（默认：语言设置，否则跟随系统）</translation>
    </message>
    <message>
        <source>tokens and dollars before sending</source>
        <translation>发送前估算 Token 和费用</translation>
    </message>
    <message>
        <source>input image (edit)</source>
        <translation>输入图像（编辑）</translation>
    </message>
    <message>
        <source>mask: white (or transparent) = edit</source>
        <translation>蒙版：白色（或透明）= 编辑区域</translation>
    </message>
    <message>
        <source>generate images from a prompt</source>
        <translation>根据提示词生成图像</translation>
    </message>
    <message>
        <source>edit one or more images, optionally with a mask</source>
        <translation>编辑一张或多张图像，可使用蒙版</translation>
    </message>
    <message>
        <source>input image (repeat)</source>
        <translation>输入图像（可重复）</translation>
    </message>
    <message>
        <source>black-and-white (white = edit) or RGBA (transparent = edit)</source>
        <translation>黑白（白色 = 编辑）或 RGBA（透明 = 编辑）</translation>
    </message>
    <message>
        <source>transparent PNG of marks guiding the edit (2.5 and later)</source>
        <translation>引导编辑的透明 PNG 标注（2.5 及以上）</translation>
    </message>
    <message>
        <source>spend totals from the history</source>
        <translation>根据历史记录汇总花费</translation>
    </message>
    <message>
        <source>one row per day, month, model, quality or mode</source>
        <translation>按日、月、模型、质量或模式分行</translation>
    </message>
    <message>
        <source>print CSV for a spreadsheet</source>
        <translation>输出供电子表格使用的 CSV</translation>
    </message>
    <message>
        <source>only jobs from this date (YYYY-MM-DD)</source>
        <translation>只统计此日期之后的任务（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>run the local Images API emulator</source>
        <translation>运行本地 Images API 模拟器</translation>
    </message>
    <message>
        <source>port to listen on (8765)</source>
        <translation>监听端口（8765）</translation>
    </message>
    <message>
        <source>seconds between partial images (0.3)</source>
        <translation>中间图之间的秒数（0.3）</translation>
    </message>
    <message>
        <source>many images at half price, within 24 h (Batch API)</source>
        <translation>半价批量生成图像，24 小时内完成（Batch API）</translation>
    </message>
    <message>
        <source>send a batch; prints its id</source>
        <translation>发送一个批次，并显示其 ID</translation>
    </message>
    <message>
        <source>picture to edit (repeat: each is edited)</source>
        <translation>要编辑的图像（可重复：每张都会编辑）</translation>
    </message>
    <message>
        <source>mask for every picture (white = edit)</source>
        <translation>所有图像共用的蒙版（白色 = 编辑）</translation>
    </message>
    <message>
        <source>copies of each request</source>
        <translation>每个请求的份数</translation>
    </message>
    <message>
        <source>comma-separated sizes, one request each</source>
        <translation>以逗号分隔的尺寸，每个尺寸一个请求</translation>
    </message>
    <message>
        <source>a name to recognise the batch by</source>
        <translation>用来识别批次的名称</translation>
    </message>
    <message>
        <source>where a batch (or every batch) is</source>
        <translation>查看一个（或所有）批次的进度</translation>
    </message>
    <message>
        <source>the batch id (default: every batch)</source>
        <translation>批次 ID（默认：所有批次）</translation>
    </message>
    <message>
        <source>write every finished image (idempotent)</source>
        <translation>写出所有已完成的图像（可重复执行）</translation>
    </message>
    <message>
        <source>the batch id</source>
        <translation>批次 ID</translation>
    </message>
    <message>
        <source>cancel a batch; what already ran is kept</source>
        <translation>取消批次，已完成的部分会保留</translation>
    </message>
    <message>
        <source>use the offline emulator</source>
        <translation>使用离线模拟器</translation>
    </message>
    <message>
        <source>pixels to add on the left</source>
        <translation>左侧要增加的像素</translation>
    </message>
    <message>
        <source>pixels to add at the top</source>
        <translation>顶部要增加的像素</translation>
    </message>
    <message>
        <source>pixels to add on the right</source>
        <translation>右侧要增加的像素</translation>
    </message>
    <message>
        <source>pixels to add at the bottom</source>
        <translation>底部要增加的像素</translation>
    </message>
    <message>
        <source>send only a crop around the mask</source>
        <translation>只发送蒙版周围的裁剪区域</translation>
    </message>
    <message>
        <source>pixels around the mask (--focus)</source>
        <translation>蒙版周围的像素（--focus）</translation>
    </message>
    <message>
        <source>keep the result&apos;s own colours</source>
        <translation>保留结果本身的颜色</translation>
    </message>
    <message>
        <source>extend the canvas and fill the new border</source>
        <translation>扩展画布并填充新边缘</translation>
    </message>
    <message>
        <source>the picture to extend</source>
        <translation>要扩展的图像</translation>
    </message>
    <message>
        <source>extend to this shape, e.g. 16:9</source>
        <translation>扩展到此比例，例如 16:9</translation>
    </message>
    <message>
        <source>what the new border should show</source>
        <translation>新边缘应显示的内容</translation>
    </message>
    <message>
        <source>low, medium, high or auto</source>
        <translation>low、medium、high 或 auto</translation>
    </message>
    <message>
        <source>png, jpeg or webp</source>
        <translation>png、jpeg 或 webp</translation>
    </message>
    <message>
        <source>folder to write the image into</source>
        <translation>保存图像的文件夹</translation>
    </message>
    <message>
        <source>cheap parallel drafts of a prompt or edit</source>
        <translation>并行生成低成本草稿（提示词或编辑）</translation>
    </message>
    <message>
        <source>input image</source>
        <translation>输入图像</translation>
    </message>
    <message>
        <source>how many (default 4)</source>
        <translation>数量（默认 4）</translation>
    </message>
    <message>
        <source>render a picked draft at the final quality</source>
        <translation>以定稿质量渲染选中的草稿</translation>
    </message>
    <message>
        <source>the draft&apos;s job id or one of its files</source>
        <translation>草稿的任务 ID 或其文件之一</translation>
    </message>
    <message>
        <source>final quality (default: high)</source>
        <translation>定稿质量（默认：high）</translation>
    </message>
    <message>
        <source>WIDTHxHEIGHT (default: match the picture)</source>
        <translation>宽x高（默认：与图像一致）</translation>
    </message>
    <message>
        <source>render the prompt again (new composition)</source>
        <translation>重新渲染提示词（新构图）</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Side by side</source>
        <translation>并排</translation>
    </message>
    <message>
        <source>Before/after slider</source>
        <translation>前后对比滑块</translation>
    </message>
    <message>
        <source>Drag to move the split</source>
        <translation>拖动以移动分隔线</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>The check failed: {error}</source>
        <translation>检查失败：{error}</translation>
    </message>
    <message>
        <source>Connected to {url}.</source>
        <translation>已连接到 {url}。</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>No API key. Enter one in Settings, set OPENAI_API_KEY, or use demo mode.</source>
        <translation>没有 API 密钥。请在设置中输入，或设置 OPENAI_API_KEY，或使用演示模式。</translation>
    </message>
    <message>
        <source>No API key: the system keyring was refused ({problem}). Enter one in Settings (kept for this session), set OPENAI_API_KEY, or use demo mode.</source>
        <translation>没有 API 密钥：系统钥匙串拒绝访问（{problem}）。请在设置中输入（仅本次会话有效），或设置 OPENAI_API_KEY，或使用演示模式。</translation>
    </message>
    <message>
        <source>No API key to test: paste one first.</source>
        <translation>没有可测试的 API 密钥：请先粘贴一个。</translation>
    </message>
    <message>
        <source>This job (~{estimate}) would take {whose} spend from {already} to {after}, over the {name} cap of {cap}.</source>
        <translation>此任务（约 {estimate}）会使{whose}支出从 {already} 增至 {after}，超过 {cap} 的{name}上限。</translation>
    </message>
    <message>
        <source>After this job (~{estimate}) {whose} spend would be {after}: {percent} of the {name} cap of {cap} ({already} spent).</source>
        <translation>此任务（约 {estimate}）之后，{whose}支出将达到 {after}：为 {cap} {name}上限的 {percent}（已支出 {already}）。</translation>
    </message>
    <message>
        <source>{message} Refused before sending (budget settings).</source>
        <translation>{message} 发送前已拒绝（预算设置）。</translation>
    </message>
    <message>
        <source>today&apos;s</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>this month&apos;s</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Could not reach the server ({reason}). Nothing was sent, so nothing was billed.</source>
        <translation>无法连接服务器（{reason}）。未发送任何内容，因此不会计费。</translation>
    </message>
    <message>
        <source>The server stopped answering in time.</source>
        <translation>服务器未能及时响应。</translation>
    </message>
    <message>
        <source>The server closed the connection after receiving the request.</source>
        <translation>服务器在收到请求后关闭了连接。</translation>
    </message>
    <message>
        <source>The connection dropped during the stream.</source>
        <translation>传输过程中连接中断。</translation>
    </message>
    <message>
        <source>The request may have been billed, so it was not retried automatically: check your usage before you try again.</source>
        <translation>该请求可能已计费，因此未自动重试：请先查看用量再重试。</translation>
    </message>
    <message>
        <source>The request was refused by the safety system{stage}. Your prompt is kept: rephrase it or change the image. ({detail})</source>
        <translation>请求被安全系统拒绝{stage}。你的提示词已保留：请换个说法或更换图像。（{detail}）</translation>
    </message>
    <message>
        <source>Rate limited by the API. ({detail})</source>
        <translation>API 速率受限。（{detail}）</translation>
    </message>
    <message>
        <source>Your account is out of credit or over its quota; add credit in the OpenAI billing settings. ({detail})</source>
        <translation>你的账户余额不足或已超出配额；请在 OpenAI 账单设置中充值。（{detail}）</translation>
    </message>
    <message>
        <source>The API key was rejected; check it in Settings. ({detail})</source>
        <translation>API 密钥被拒绝；请在设置中检查。（{detail}）</translation>
    </message>
    <message>
        <source>Your organization is not allowed to use this model yet. ({detail})</source>
        <translation>你的组织暂时无权使用此模型。（{detail}）</translation>
    </message>
    <message>
        <source>The model or endpoint was not found. ({detail})</source>
        <translation>找不到该模型或端点。（{detail}）</translation>
    </message>
    <message>
        <source>The image service had an internal error; nothing is retried automatically because a retry could be billed twice. ({detail})</source>
        <translation>图像服务出现内部错误；不会自动重试，因为重试可能被重复计费。（{detail}）</translation>
    </message>
    <message>
        <source>The request was rejected. ({detail})</source>
        <translation>请求被拒绝。（{detail}）</translation>
    </message>
    <message>
        <source>The server sent the request on to {where}. Redirects are not followed, so your API key stays with the address you configured: check the provider URL in Settings. Nothing was billed.</source>
        <translation>服务器将请求转发到了 {where}。Studio 不跟随重定向，因此你的 API 密钥只会发往你配置的地址：请在设置中检查服务商 URL。未产生费用。</translation>
    </message>
    <message>
        <source>Cancelled while waiting to retry.</source>
        <translation>等待重试时已取消。</translation>
    </message>
    <message>
        <source>No complete answer within the {limit} s time limit, so the request was stopped (raise the limit in Settings if your images need longer).</source>
        <translation>在 {limit} 秒时限内未收到完整响应，请求已停止（如果图像需要更长时间，请在设置中提高时限）。</translation>
    </message>
    <message>
        <source>The stream ended before the final image arrived.</source>
        <translation>最终图像到达前传输已结束。</translation>
    </message>
    <message>
        <source>The server&apos;s answer ended before any image arrived.</source>
        <translation>服务器的响应在任何图像到达前就结束了。</translation>
    </message>
    <message>
        <source>The last partial image is kept.</source>
        <translation>已保留最后一张中间图。</translation>
    </message>
    <message>
        <source>{count} of {wanted} images arrived and are kept.</source>
        <translation>已收到 {wanted} 张中的 {count} 张并已保留。</translation>
    </message>
    <message>
        <source>Only {count} of {wanted} images came.</source>
        <translation>只收到 {wanted} 张中的 {count} 张。</translation>
    </message>
    <message>
        <source>The server answered with a web page instead of images</source>
        <translation>服务器返回了网页而不是图像</translation>
    </message>
    <message>
        <source>The server answered with an error instead of images</source>
        <translation>服务器返回了错误而不是图像</translation>
    </message>
    <message>
        <source>The server&apos;s answer held no images</source>
        <translation>服务器的响应中没有图像</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON</source>
        <translation>服务器的响应不是有效的 JSON</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not an images response</source>
        <translation>服务器的响应不是图像响应</translation>
    </message>
    <message>
        <source>The server sent stream data that is not JSON</source>
        <translation>服务器发送的流数据不是 JSON</translation>
    </message>
    <message>
        <source>Studio stopped before this job finished (closed, killed or crashed); the images received so far are kept. Send it again to finish it.</source>
        <translation>Studio 在此任务完成前停止了（被关闭、终止或崩溃）；已收到的图像都已保留。重新发送即可完成。</translation>
    </message>
    <message>
        <source>describe the image you want: the prompt is empty</source>
        <translation>请描述你想要的图像：提示词为空</translation>
    </message>
    <message>
        <source>contains a NUL character (\0); remove it</source>
        <translation>包含 NUL 字符 (\0)；请删除</translation>
    </message>
    <message>
        <source>{count} characters; the limit is 32,000</source>
        <translation>{count} 个字符；上限为 32,000</translation>
    </message>
    <message>
        <source>must be between 1 and 10 (got {value})</source>
        <translation>必须在 1 到 10 之间（当前为 {value}）</translation>
    </message>
    <message>
        <source>must be 0 to 3 (got {value})</source>
        <translation>必须为 0 到 3（当前为 {value}）</translation>
    </message>
    <message>
        <source>must be 0 to 100 (got {value})</source>
        <translation>必须为 0 到 100（当前为 {value}）</translation>
    </message>
    <message>
        <source>only applies to jpeg or webp output, not {format}</source>
        <translation>仅适用于 JPEG 或 WebP 输出，不适用于 {format}</translation>
    </message>
    <message>
        <source>a transparent background needs png or webp output, not {format}</source>
        <translation>透明背景需要 PNG 或 WebP 输出，而不是 {format}</translation>
    </message>
    <message>
        <source>{value} is not available on {model}; choose one of {allowed}</source>
        <translation>{value} 在 {model} 上不可用；请从 {allowed} 中选择</translation>
    </message>
    <message>
        <source>{reason}; leave it unset</source>
        <translation>{reason}；请保持未设置</translation>
    </message>
    <message>
        <source>{size}: both edges must be multiples of {step}</source>
        <translation>{size}：两条边都必须是 {step} 的倍数</translation>
    </message>
    <message>
        <source>{size}: the longest edge may be at most {edge}</source>
        <translation>{size}：最长边不能超过 {edge}</translation>
    </message>
    <message>
        <source>{size}: the aspect ratio must be between 1:3 and 3:1</source>
        <translation>{size}：宽高比必须在 1:3 到 3:1 之间</translation>
    </message>
    <message>
        <source>{size} is {pixels} pixels; allowed is {low} to {high}</source>
        <translation>{size} 为 {pixels} 像素；允许范围为 {low} 到 {high}</translation>
    </message>
    <message>
        <source>{model} supports only {sizes}</source>
        <translation>{model} 仅支持 {sizes}</translation>
    </message>
    <message>
        <source>size must be &apos;auto&apos; or WIDTHxHEIGHT such as 1536x1024, not {size}</source>
        <translation>尺寸必须为“auto”或 宽x高（如 1536x1024），而不是 {size}</translation>
    </message>
    <message>
        <source>{count} images; the limit is {limit}</source>
        <translation>{count} 张图像；上限为 {limit}</translation>
    </message>
    <message>
        <source>markup cannot be combined with a mask</source>
        <translation>标注不能与蒙版同时使用</translation>
    </message>
    <message>
        <source>a mask or markup needs an input image to edit</source>
        <translation>蒙版或标注需要一张要编辑的输入图像</translation>
    </message>
    <message>
        <source>the {param} must be a PNG with an alpha channel</source>
        <translation>{param} 必须是带 Alpha 通道的 PNG</translation>
    </message>
    <message>
        <source>the mask is {size} bytes; limit 4 MB</source>
        <translation>蒙版大小为 {size} 字节；上限为 4 MB</translation>
    </message>
    <message>
        <source>the {param} is {size} but the first image is {first}; they must match exactly</source>
        <translation>{param} 为 {size}，但第一张图像为 {first}；两者必须完全一致</translation>
    </message>
    <message>
        <source>{label} is {format}; use PNG, JPEG or WebP</source>
        <translation>{label} 是 {format} 格式；请使用 PNG、JPEG 或 WebP</translation>
    </message>
    <message>
        <source>{model} does not support masks</source>
        <translation>{model} 不支持蒙版</translation>
    </message>
    <message>
        <source>{model} does not support markup-guided edits (GPT Image 2.5 and later do)</source>
        <translation>{model} 不支持标注引导的编辑（GPT Image 2.5 及更高版本支持）</translation>
    </message>
    <message>
        <source>{model} cannot make transparent backgrounds</source>
        <translation>{model} 无法生成透明背景</translation>
    </message>
    <message>
        <source>{model} has no complexity setting (GPT Image 2.6 does)</source>
        <translation>{model} 没有复杂度设置（GPT Image 2.6 有）</translation>
    </message>
    <message>
        <source>{model} supports quality {qualities}</source>
        <translation>{model} 支持的质量：{qualities}</translation>
    </message>
    <message>
        <source>{model} supports output formats {formats}</source>
        <translation>{model} 支持的输出格式：{formats}</translation>
    </message>
    <message>
        <source>{model} does not stream partial images</source>
        <translation>{model} 不支持流式传输中间图</translation>
    </message>
    <message>
        <source>{model} does not accept input_fidelity={value}</source>
        <translation>{model} 不接受 input_fidelity={value}</translation>
    </message>
    <message>
        <source>{model} was shut down on {day}; use {instead} instead</source>
        <translation>{model} 已于 {day} 停用；请改用 {instead}</translation>
    </message>
    <message>
        <source>retired by OpenAI on {day}; your provider may still serve it</source>
        <translation>OpenAI 已于 {day} 停用；你的服务商可能仍提供该模型</translation>
    </message>
    <message>
        <source>retired on {day} — estimate only</source>
        <translation>已于 {day} 停用 — 仅供估算</translation>
    </message>
    <message>
        <source>Your default model {model} is no longer available</source>
        <translation>你的默认模型 {model} 已不可用</translation>
    </message>
    <message>
        <source>Your default model {model} was retired on {day}</source>
        <translation>你的默认模型 {model} 已于 {day} 停用</translation>
    </message>
    <message>
        <source>The server says the model {model} is not available; choose another model</source>
        <translation>服务器表示模型 {model} 不可用；请选择其他模型</translation>
    </message>
    <message>
        <source>{model} has been retired; the final uses {final}.</source>
        <translation>{model} 已停用；定稿改用 {final}。</translation>
    </message>
    <message>
        <source>{notice}; it is now {instead}.</source>
        <translation>{notice}，现已改为 {instead}。</translation>
    </message>
    <message>
        <source>its shutdown date</source>
        <translation>其停用日期</translation>
    </message>
    <message>
        <source>The server says {model} is no longer available (OpenAI retired it on {day}); use {instead} instead</source>
        <translation>服务器表示 {model} 已不再可用（OpenAI 已于 {day} 停用）；请改用 {instead}</translation>
    </message>
    <message>
        <source>The server says {model} is no longer available; use {instead} instead</source>
        <translation>服务器表示 {model} 已不再可用；请改用 {instead}</translation>
    </message>
    <message>
        <source>unknown model {model}; known: {known}</source>
        <translation>未知模型 {model}；可用模型：{known}</translation>
    </message>
    <message>
        <source>unknown model {model}</source>
        <translation>未知模型 {model}</translation>
    </message>
    <message>
        <source>STUDIO_TODAY must be a date such as 2026-12-01, not {value}; unset it to use the system date</source>
        <translation>STUDIO_TODAY 必须是 2026-12-01 这样的日期，而不是 {value}；取消设置即可使用系统日期</translation>
    </message>
    <message>
        <source>size auto is estimated at 1024x1024</source>
        <translation>尺寸 auto 按 1024x1024 估算</translation>
    </message>
    <message>
        <source>size auto is estimated at the first image&apos;s size</source>
        <translation>尺寸 auto 按第一张图像的尺寸估算</translation>
    </message>
    <message>
        <source>quality auto is budgeted as {quality}; the bill follows usage</source>
        <translation>质量 auto 按 {quality} 预算；实际费用以用量为准</translation>
    </message>
    <message>
        <source>{model} has no published token formula: approximate until reconciled</source>
        <translation>{model} 没有公布 Token 计算公式：在对账前为近似值</translation>
    </message>
    <message>
        <source>not an image Studio can read (use PNG, JPEG or WebP)</source>
        <translation>Studio 无法读取此图像（请使用 PNG、JPEG 或 WebP）</translation>
    </message>
    <message>
        <source>not a readable image ({reason})</source>
        <translation>无法读取的图像（{reason}）</translation>
    </message>
    <message>
        <source>damaged or cut short ({reason})</source>
        <translation>已损坏或不完整（{reason}）</translation>
    </message>
    <message>
        <source>The mask is {mask_size} pixels but the image is {image_size}.</source>
        <translation>蒙版为 {mask_size} 像素，但图像为 {image_size}。</translation>
    </message>
    <message>
        <source>that job has no finished image to finalize</source>
        <translation>该任务没有可定稿的完成图像</translation>
    </message>
    <message>
        <source>{name} is not an image Studio made</source>
        <translation>{name} 不是 Studio 生成的图像</translation>
    </message>
    <message>
        <source>no job or file {ref} in the history</source>
        <translation>历史记录中没有任务或文件 {ref}</translation>
    </message>
    <message>
        <source>average of the last {count} paid jobs ({images} images)</source>
        <translation>最近 {count} 个付费任务的平均值（{images} 张图像）</translation>
    </message>
    <message>
        <source>the current settings&apos; estimate</source>
        <translation>当前设置的估算</translation>
    </message>
    <message>
        <source>no paid jobs yet</source>
        <translation>尚无付费任务</translation>
    </message>
    <message>
        <source>the system keyring</source>
        <translation>系统钥匙串</translation>
    </message>
    <message>
        <source>this session only (not saved)</source>
        <translation>仅本次会话（未保存）</translation>
    </message>
    <message>
        <source>the environment variable</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>no usable system keyring was found (on Linux install and unlock a Secret Service such as GNOME Keyring or KWallet)</source>
        <translation>找不到可用的系统钥匙串（在 Linux 上请安装并解锁 Secret Service，例如 GNOME Keyring 或 KWallet）</translation>
    </message>
    <message>
        <source>the keyring backend {name} keeps keys in a plain file, which Studio won&apos;t use</source>
        <translation>钥匙串后端 {name} 以明文文件保存密钥，Studio 不会使用它</translation>
    </message>
    <message>
        <source>cannot read the key: {reason}</source>
        <translation>无法读取密钥：{reason}</translation>
    </message>
    <message>
        <source>cannot save the key: {reason}</source>
        <translation>无法保存密钥：{reason}</translation>
    </message>
    <message>
        <source>cannot delete the key: {reason}</source>
        <translation>无法删除密钥：{reason}</translation>
    </message>
    <message>
        <source>cannot read the key in the system keyring ({error}); it may be locked</source>
        <translation>无法从系统钥匙串读取密钥（{error}）；它可能已锁定</translation>
    </message>
    <message>
        <source>cannot save the key in the system keyring ({error}); it may be locked</source>
        <translation>无法将密钥保存到系统钥匙串（{error}）；它可能已锁定</translation>
    </message>
    <message>
        <source>cannot delete the key in the system keyring ({error}); it may be locked</source>
        <translation>无法从系统钥匙串删除密钥（{error}）；它可能已锁定</translation>
    </message>
    <message>
        <source>environment variables are read-only; set them in your shell</source>
        <translation>环境变量是只读的；请在 shell 中设置</translation>
    </message>
    <message>
        <source>environment variables are read-only; unset them in your shell</source>
        <translation>环境变量是只读的；请在 shell 中取消设置</translation>
    </message>
    <message>
        <source>a canvas can only be extended by zero or more pixels per side</source>
        <translation>画布每条边只能扩展零个或更多像素</translation>
    </message>
    <message>
        <source>an aspect ratio must be positive</source>
        <translation>宽高比必须为正数</translation>
    </message>
    <message>
        <source>an aspect ratio looks like 16:9, not {text}</source>
        <translation>宽高比应写成 16:9 这样的格式，而不是 {text}</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder; choose a folder for the images</source>
        <translation>{folder} 是文件而不是文件夹；请为图像选择一个文件夹</translation>
    </message>
    <message>
        <source>cannot create the folder {folder}: {parent} is a file</source>
        <translation>无法创建文件夹 {folder}：{parent} 是一个文件</translation>
    </message>
    <message>
        <source>cannot create the folder {folder} in {parent}: {reason}</source>
        <translation>无法在 {parent} 中创建文件夹 {folder}：{reason}</translation>
    </message>
    <message>
        <source>cannot write into {folder}: {reason}</source>
        <translation>无法写入 {folder}：{reason}</translation>
    </message>
    <message>
        <source>Could not record the job in the data folder {root} ({reason}); nothing was sent.</source>
        <translation>无法在数据文件夹 {root} 中记录该任务（{reason}）；未发送任何内容。</translation>
    </message>
    <message>
        <source>Could not save to the data folder {root} ({reason}); the images received are still delivered but not kept in the history.</source>
        <translation>无法保存到数据文件夹 {root}（{reason}）；收到的图像仍会交付，但不会保存在历史记录中。</translation>
    </message>
</context>
<context>
    <name>Cost</name>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
</context>
<context>
    <name>CostController</name>
    <message>
        <source>&amp;Usage Report…</source>
        <translation>用量报告(&amp;U)…</translation>
    </message>
    <message>
        <source>Spend by day, model, quality and mode; export CSV</source>
        <translation>按日期、模型、质量和模式统计支出；导出 CSV</translation>
    </message>
</context>
<context>
    <name>CostSidebar</name>
    <message>
        <source>Text in</source>
        <translation>文本输入</translation>
    </message>
    <message>
        <source>Image in</source>
        <translation>图像输入</translation>
    </message>
    <message>
        <source>Image out</source>
        <translation>图像输出</translation>
    </message>
    <message>
        <source>Partial images</source>
        <translation>中间图</translation>
    </message>
    <message>
        <source>Next job</source>
        <translation>下一个任务</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>已支出</translation>
    </message>
    <message>
        <source>Last job: —</source>
        <translation>上个任务：—</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已节省</translation>
    </message>
    <message>
        <source>&lt;i&gt;tokens&lt;/i&gt;</source>
        <translation>&lt;i&gt;Token&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;USD&lt;/i&gt;</source>
        <translation>&lt;i&gt;USD&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Set budget…</source>
        <translation>设置预算…</translation>
    </message>
    <message>
        <source>As a batch: {cost} (½ price, within 24 h)</source>
        <translation>批量：{cost}（半价，24 小时内）</translation>
    </message>
    <message>
        <source>cached — $0</source>
        <translation>已缓存 — $0</translation>
    </message>
    <message>
        <source>{approx}{cost} · {tokens} tokens</source>
        <translation>{approx}{cost} · {tokens} Token</translation>
    </message>
    <message>
        <source>Focused edit (sent at {0}): {1}</source>
        <translation>局部编辑（以 {0} 发送）：{1}</translation>
    </message>
    <message>
        <source>Full frame ({0}×{1}): {2}</source>
        <translation>整幅（{0}×{1}）：{2}</translation>
    </message>
    <message>
        <source>Tools ▸ Focused edit sends the crop.</source>
        <translation>工具 ▸ 局部编辑只发送裁剪区域。</translation>
    </message>
    <message>
        <source>{count} job</source>
        <translation>{count} 个任务</translation>
    </message>
    <message>
        <source>{count} jobs</source>
        <translation>{count} 个任务</translation>
    </message>
    <message>
        <source>{count} image</source>
        <translation>{count} 张图像</translation>
    </message>
    <message>
        <source>{count} images</source>
        <translation>{count} 张图像</translation>
    </message>
    <message>
        <source>Session: {cost} · {jobs} · {images}</source>
        <translation>本次会话：{cost} · {jobs} · {images}</translation>
    </message>
    <message>
        <source>Today: {cost}</source>
        <translation>今日：{cost}</translation>
    </message>
    <message>
        <source>This month: {cost}</source>
        <translation>本月：{cost}</translation>
    </message>
    <message>
        <source>{model} rates per 1M tokens: text in {text_in}, image in {image_in}, image out {image_out} — as of {as_of} ({source})</source>
        <translation>{model} 每百万 Token 价格：文本输入 {text_in}，图像输入 {image_in}，图像输出 {image_out} — 截至 {as_of}（{source}）</translation>
    </message>
    <message>
        <source>Last job: cached — $0 ({label})</source>
        <translation>上个任务：已缓存 — $0（{label}）</translation>
    </message>
    <message>
        <source>Last job: not sent (budget cap) — $0</source>
        <translation>上个任务：未发送（预算上限）— $0</translation>
    </message>
    <message>
        <source>Last job: failed — {cost} billed</source>
        <translation>上个任务：失败 — 已计费 {cost}</translation>
    </message>
    <message>
        <source>failed, billed</source>
        <translation>失败，已计费</translation>
    </message>
    <message>
        <source>billed</source>
        <translation>已计费</translation>
    </message>
    <message>
        <source> (≈: the SVG author&apos;s rates are not published)</source>
        <translation>（≈：SVG 作者模型的价格未公布）</translation>
    </message>
    <message>
        <source>Last job: {cost} {state} · {tokens_in} in + {tokens_out} out tokens</source>
        <translation>上个任务：{cost} {state} · 输入 {tokens_in} + 输出 {tokens_out} Token</translation>
    </message>
    <message>
        <source>{spent} of {cap} today ({percent})</source>
        <translation>今日 {spent} / {cap}（{percent}）</translation>
    </message>
    <message>
        <source>{spent} today · no cap</source>
        <translation>今日 {spent} · 无上限</translation>
    </message>
    <message>
        <source>{spent} of {cap} this month ({percent})</source>
        <translation>本月 {spent} / {cap}（{percent}）</translation>
    </message>
    <message>
        <source>{spent} this month · no cap</source>
        <translation>本月 {spent} · 无上限</translation>
    </message>
    <message>
        <source>A job that would cross a cap: Studio asks before sending it. Warning at {percent}.</source>
        <translation>任务将超出上限时：Studio 会在发送前询问。达到 {percent} 时提醒。</translation>
    </message>
    <message>
        <source>A job that would cross a cap: Studio refuses sending it. Warning at {percent}.</source>
        <translation>任务将超出上限时：Studio 会拒绝发送。达到 {percent} 时提醒。</translation>
    </message>
    <message>
        <source>{count} hit</source>
        <translation>{count} 次命中</translation>
    </message>
    <message>
        <source>{count} hits</source>
        <translation>{count} 次命中</translation>
    </message>
    <message>
        <source>Cache: {hits} served at $0 instead of {cost}.</source>
        <translation>缓存：{hits}，以 $0 提供，原需 {cost}。</translation>
    </message>
    <message>
        <source>Drafts then final: {saved} saved on {finalized} finalized; every draft at final quality would have cost {alternative}, drafts + finals cost {actual}.</source>
        <translation>先草稿后定稿：{finalized} 次定稿共节省 {saved}；若每张草稿都用最终质量将花费 {alternative}，草稿 + 定稿实际花费 {actual}。</translation>
    </message>
    <message>
        <source>Nothing saved yet this month.</source>
        <translation>本月尚未节省。</translation>
    </message>
    <message>
        <source>This month: {cost} saved.</source>
        <translation>本月：已节省 {cost}。</translation>
    </message>
</context>
<context>
    <name>CostState</name>
    <message>
        <source>Reading the picture…</source>
        <translation>正在读取图片…</translation>
    </message>
</context>
<context>
    <name>DayBars</name>
    <message>
        <source>No spend yet</source>
        <translation>尚无支出</translation>
    </message>
</context>
<context>
    <name>DefaultsPage</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>Images per request</source>
        <translation>每次请求图像数</translation>
    </message>
    <message>
        <source>Partial previews</source>
        <translation>中间预览</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>文件格式</translation>
    </message>
    <message>
        <source>Drafts per round</source>
        <translation>每轮草稿数</translation>
    </message>
    <message>
        <source>Draft quality</source>
        <translation>草稿质量</translation>
    </message>
    <message>
        <source>Final quality</source>
        <translation>定稿质量</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>Gallery</source>
        <translation>图库</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
</context>
<context>
    <name>DraftsController</name>
    <message>
        <source>Drafts</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Cheap low-quality drafts of this prompt (Ctrl+Shift+Enter)</source>
        <translation>用低质量快速生成此提示词的草稿 (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <source>These drafts are already running: nothing new was sent</source>
        <translation>这些草稿已在运行：未发送新请求</translation>
    </message>
    <message>
        <source>Draft {index}/{count}</source>
        <translation>草稿 {index}/{count}</translation>
    </message>
    <message>
        <source>{count} drafts at {quality}, {size}</source>
        <translation>{count} 张草稿，{quality}，{size}</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>近似值</translation>
    </message>
    <message>
        <source>This final is already running: nothing new was sent</source>
        <translation>此定稿已在运行：未发送新请求</translation>
    </message>
    <message>
        <source>Finalize ({quality})</source>
        <translation>定稿（{quality}）</translation>
    </message>
    <message>
        <source>Use as Canvas</source>
        <translation>用作画布</translation>
    </message>
    <message>
        <source>Result is now the canvas: paint a mask for the next edit</source>
        <translation>结果已成为画布：为下一次编辑绘制蒙版</translation>
    </message>
    <message>
        <source>Restore Version</source>
        <translation>恢复版本</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>分支</translation>
    </message>
    <message>
        <source>Preparing the picture for upload… the drafts start next</source>
        <translation>正在准备上传图片…随后开始生成草稿</translation>
    </message>
    <message>
        <source>Could not prepare the picture; nothing was sent: {error}</source>
        <translation>无法准备图片；未发送任何内容：{error}</translation>
    </message>
    <message>
        <source>Before / after</source>
        <translation>前 / 后</translation>
    </message>
</context>
<context>
    <name>EdgeOptions</name>
    <message>
        <source>Mask edge</source>
        <translation>蒙版边缘</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>How softly the result fades into the picture</source>
        <translation>结果融入图片的柔和程度</translation>
    </message>
    <message>
        <source>Feather</source>
        <translation>羽化</translation>
    </message>
    <message>
        <source>Grow</source>
        <translation>扩展</translation>
    </message>
    <message>
        <source>Shrink</source>
        <translation>收缩</translation>
    </message>
    <message>
        <source>Widen the painted area by this many pixels (undoable)</source>
        <translation>将绘制区域向外扩展指定像素（可撤销）</translation>
    </message>
    <message>
        <source>Narrow the painted area by this many pixels (undoable)</source>
        <translation>将绘制区域向内收缩指定像素（可撤销）</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Show the blended edge</source>
        <translation>显示融合边缘</translation>
    </message>
    <message>
        <source>Masked edits</source>
        <translation>蒙版编辑</translation>
    </message>
    <message>
        <source>Blend colours into the picture</source>
        <translation>颜色融入图片</translation>
    </message>
    <message>
        <source>Match the new area&apos;s colour and tone to what surrounds it, so no seam shows</source>
        <translation>让新区域的颜色和色调与周围一致，不留接缝</translation>
    </message>
    <message>
        <source>Focused edit</source>
        <translation>局部编辑</translation>
    </message>
    <message>
        <source>Send only the area around the mask: more detail for less. Drag the box&apos;s frame on the canvas to move it.</source>
        <translation>只发送蒙版周围的区域：细节更多，花费更少。拖动画布上的框可移动它。</translation>
    </message>
    <message>
        <source>How much of the picture around the mask is sent</source>
        <translation>随蒙版一起发送的周围画面范围</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Your work is still open. Details are below.</source>
        <translation>你的作品仍处于打开状态。详细信息如下。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Result</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Cannot export: {error}</source>
        <translation>无法导出：{error}</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>Extend Canvas</source>
        <translation>扩展画布</translation>
    </message>
    <message>
        <source>The picture is {0} × {1} pixels.</source>
        <translation>图片为 {0} × {1} 像素。</translation>
    </message>
    <message>
        <source>Pixels per side</source>
        <translation>每边像素</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>L</source>
        <translation>左</translation>
    </message>
    <message>
        <source>T</source>
        <translation>上</translation>
    </message>
    <message>
        <source>R</source>
        <translation>右</translation>
    </message>
    <message>
        <source>B</source>
        <translation>下</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Add pixels on at least one side.</source>
        <translation>请至少在一边添加像素。</translation>
    </message>
    <message>
        <source>This cannot be sent: {0}</source>
        <translation>无法发送：{0}</translation>
    </message>
    <message>
        <source>New canvas: {0} × {1} (sent at {2} × {3}).</source>
        <translation>新画布：{0} × {1}（以 {2} × {3} 发送）。</translation>
    </message>
    <message>
        <source>The new border is filled by the next edit.</source>
        <translation>新边框将由下一次编辑填充。</translation>
    </message>
</context>
<context>
    <name>FinalizeDialog</name>
    <message>
        <source>Finalize Draft</source>
        <translation>草稿定稿</translation>
    </message>
    <message>
        <source>Edit from the draft (keeps its composition; a masked draft re-renders only its mask)</source>
        <translation>基于草稿编辑（保留其构图；带蒙版的草稿只重新渲染蒙版区域）</translation>
    </message>
    <message>
        <source>Regenerate from the prompt (new composition)</source>
        <translation>根据提示词重新生成（新构图）</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Cannot send: {reason}</source>
        <translation>无法发送：{reason}</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>Estimated cost: {cost}</source>
        <translation>预计费用：{cost}</translation>
    </message>
    <message>
        <source>Finalize ({cost})</source>
        <translation>定稿（{cost}）</translation>
    </message>
</context>
<context>
    <name>FinalizeFor</name>
    <message>
        <source>Match canvas ({size})</source>
        <translation>匹配画布（{size}）</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>&lt;h2&gt;Welcome to Image Studio&lt;/h2&gt;&lt;p&gt;To create images with OpenAI&apos;s GPT Image models, paste your API key below (create one at &lt;a href=&apos;https://platform.openai.com/api-keys&apos;&gt;platform.openai.com&lt;/a&gt;). Images are billed to your OpenAI account.&lt;/p&gt;&lt;p&gt;Just looking around? &lt;b&gt;Demo mode&lt;/b&gt; works offline with a built-in simulator and costs nothing.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;欢迎使用 Image Studio&lt;/h2&gt;&lt;p&gt;要使用 OpenAI 的 GPT Image 模型创作图像，请在下方粘贴你的 API 密钥（可在 &lt;a href=&apos;https://platform.openai.com/api-keys&apos;&gt;platform.openai.com&lt;/a&gt; 创建）。图像费用计入你的 OpenAI 账户。&lt;/p&gt;&lt;p&gt;只是随便看看？&lt;b&gt;演示模式&lt;/b&gt;使用内置模拟器离线运行，完全免费。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Welcome to Image Studio</source>
        <translation>欢迎使用 Image Studio</translation>
    </message>
    <message>
        <source>Paste your API key (sk-…)</source>
        <translation>粘贴你的 API 密钥 (sk-…)</translation>
    </message>
    <message>
        <source>Keep the key for this session only</source>
        <translation>仅在本次会话中保留密钥</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <source>Start in demo mode</source>
        <translation>以演示模式启动</translation>
    </message>
    <message>
        <source>Save key and continue</source>
        <translation>保存密钥并继续</translation>
    </message>
    <message>
        <source>Continue anyway</source>
        <translation>仍然继续</translation>
    </message>
    <message>
        <source>Paste your API key first, or start in demo mode.</source>
        <translation>请先粘贴 API 密钥，或以演示模式启动。</translation>
    </message>
    <message>
        <source>Saving the key…</source>
        <translation>正在保存密钥…</translation>
    </message>
    <message>
        <source>Key kept in {place}. Checking it…</source>
        <translation>密钥已保存在{place}。正在检查…</translation>
    </message>
    <message>
        <source>✘ The check did not pass: {reason}&lt;br&gt;The key is kept; you can change it later in Settings.</source>
        <translation>✘ 检查未通过：{reason}&lt;br&gt;密钥已保留；你可以稍后在设置中更改。</translation>
    </message>
</context>
<context>
    <name>GalleryDelegate</name>
    <message>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>streaming…</source>
        <translation>接收中…</translation>
    </message>
</context>
<context>
    <name>GalleryItem</name>
    <message>
        <source>{model} · quality {quality} · {size}</source>
        <translation>{model} · 质量 {quality} · {size}</translation>
    </message>
    <message>
        <source>Cost {cost} · time {time}</source>
        <translation>费用 {cost} · 用时 {time}</translation>
    </message>
</context>
<context>
    <name>GalleryModel</name>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>no image returned</source>
        <translation>未返回图像</translation>
    </message>
</context>
<context>
    <name>GalleryView</name>
    <message>
        <source>Open Full View</source>
        <translation>打开大图</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>加星标</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>排除</translation>
    </message>
    <message>
        <source>Remove from Gallery</source>
        <translation>从图库中移除</translation>
    </message>
    <message>
        <source>Compare Two Side by Side</source>
        <translation>并排比较两张</translation>
    </message>
    <message>
        <source>Before/After with Canvas</source>
        <translation>与画布前后对比</translation>
    </message>
    <message>
        <source>Finalize…</source>
        <translation>定稿…</translation>
    </message>
    <message>
        <source>Use as Canvas</source>
        <translation>用作画布</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation>复制图像</translation>
    </message>
    <message>
        <source>Reveal in Folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Compare results</source>
        <translation>比较结果</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>Image Studio&apos;s data folder</source>
        <translation>Image Studio 数据文件夹</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Applies the next time Image Studio starts</source>
        <translation>下次启动 Image Studio 时生效</translation>
    </message>
    <message>
        <source>Reuse the result of an identical request (free)</source>
        <translation>复用相同请求的结果（免费）</translation>
    </message>
    <message>
        <source>Keep pixels outside the mask exactly as they were</source>
        <translation>蒙版外的像素保持完全不变</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Send an anonymous identifier of this installation with every request</source>
        <translation>每次请求都附带此安装的匿名标识</translation>
    </message>
    <message>
        <source>OpenAI uses it to tell abuse from one installation apart from the rest of your organisation. It is a hash of a random number, never your name.</source>
        <translation>OpenAI 用它把某个安装的滥用行为与你组织中的其他使用区分开。它是一个随机数的哈希值，绝不会是你的名字。</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>请求超时</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>缓存</translation>
    </message>
    <message>
        <source>Masked edits</source>
        <translation>蒙版编辑</translation>
    </message>
    <message>
        <source>Mask edge feather</source>
        <translation>蒙版边缘羽化</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>安全</translation>
    </message>
</context>
<context>
    <name>Generation</name>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
</context>
<context>
    <name>GenerationController</name>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Start a job with this prompt and these settings (Ctrl+Enter)</source>
        <translation>使用此提示词和这些设置开始任务 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the job shown in the preview (Esc)</source>
        <translation>停止预览中显示的任务 (Esc)</translation>
    </message>
    <message>
        <source>Could not prepare the picture</source>
        <translation>无法准备图片</translation>
    </message>
    <message>
        <source>Nothing was sent: {error}</source>
        <translation>未发送任何内容：{error}</translation>
    </message>
    <message>
        <source>This exact request is already running: nothing new was sent.</source>
        <translation>完全相同的请求已在运行：未发送新请求。</translation>
    </message>
    <message>
        <source>Preparing the picture for upload… the job starts next</source>
        <translation>正在准备上传图片…随后开始任务</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>未发送。</translation>
    </message>
    <message>
        <source>final {index} of {count}</source>
        <translation>定稿 {index} / {count}</translation>
    </message>
    <message>
        <source>final</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>Settings saved. Retrying…</source>
        <translation>设置已保存。正在重试…</translation>
    </message>
    <message>
        <source>last partial</source>
        <translation>最后一张中间图</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>✕ Failed</source>
        <translation>✕ 失败</translation>
    </message>
    <message>
        <source>⊘ Cancelled</source>
        <translation>⊘ 已取消</translation>
    </message>
    <message>
        <source>… Running</source>
        <translation>… 运行中</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Make this version the canvas</source>
        <translation>将此版本设为画布</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>分支</translation>
    </message>
    <message>
        <source>Start again from this version&apos;s input and mask</source>
        <translation>从此版本的输入图像和蒙版重新开始</translation>
    </message>
    <message>
        <source>Restore Mask</source>
        <translation>恢复蒙版</translation>
    </message>
</context>
<context>
    <name>InvertMaskCommand</name>
    <message>
        <source>Invert Mask</source>
        <translation>反相蒙版</translation>
    </message>
</context>
<context>
    <name>JobList</name>
    <message>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>速率受限</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>正在重试</translation>
    </message>
    <message>
        <source>{reason}: retry in {seconds} s</source>
        <translation>{reason}：{seconds} 秒后重试</translation>
    </message>
    <message>
        <source>running · partial {index} of {count}</source>
        <translation>运行中 · 中间图 {index} / {count}</translation>
    </message>
    <message>
        <source> (cached)</source>
        <translation>（已缓存）</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>failed: {reason}</source>
        <translation>失败：{reason}</translation>
    </message>
    <message>
        <source>Queued: waiting for a free slot…</source>
        <translation>排队中：等待空闲位置…</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>速率受限</translation>
    </message>
    <message>
        <source>Could not reach the server</source>
        <translation>无法连接服务器</translation>
    </message>
    <message>
        <source>{waiting}: retrying in {seconds} s (attempt {attempt}). Esc cancels.</source>
        <translation>{waiting}：{seconds} 秒后重试（第 {attempt} 次）。按 Esc 取消。</translation>
    </message>
    <message>
        <source> · partial {index} of {count}</source>
        <translation> · 中间图 {index} / {count}</translation>
    </message>
    <message>
        <source>Rendering… {elapsed}</source>
        <translation>渲染中… {elapsed}</translation>
    </message>
    <message>
        <source>Served from the cache in {elapsed} · {cost}</source>
        <translation>从缓存提供，用时 {elapsed} · {cost}</translation>
    </message>
    <message>
        <source>Done in {elapsed} · {cost}</source>
        <translation>完成，用时 {elapsed} · {cost}</translation>
    </message>
    <message>
        <source>Cancelled after {elapsed} · {cost}</source>
        <translation>{elapsed} 后取消 · {cost}</translation>
    </message>
    <message>
        <source>Failed after {elapsed} · {cost}</source>
        <translation>{elapsed} 后失败 · {cost}</translation>
    </message>
    <message>
        <source>Cancel this job</source>
        <translation>取消此任务</translation>
    </message>
</context>
<context>
    <name>JobWorker</name>
    <message>
        <source>no result</source>
        <translation>没有结果</translation>
    </message>
</context>
<context>
    <name>JobsState</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>KeyField</name>
    <message>
        <source>Paste an API key (sk-…)</source>
        <translation>粘贴 API 密钥 (sk-…)</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>删除密钥</translation>
    </message>
    <message>
        <source>Looking for a saved key…</source>
        <translation>正在查找已保存的密钥…</translation>
    </message>
    <message>
        <source>A key is set (from {source}).</source>
        <translation>已设置密钥（来自{source}）。</translation>
    </message>
    <message>
        <source>No key yet.</source>
        <translation>尚未设置密钥。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation>图像(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Mask</source>
        <translation>蒙版(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;New Canvas…</source>
        <translation>新建画布(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Image…</source>
        <translation>打开图像(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Paste Image</source>
        <translation>粘贴图像(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Import Mask…</source>
        <translation>导入蒙版(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export Mask…</source>
        <translation>导出蒙版(&amp;E)…</translation>
    </message>
    <message>
        <source>E&amp;xport Image…</source>
        <translation>导出图像(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the canvas picture as PNG, JPEG or WebP</source>
        <translation>将画布图片保存为 PNG、JPEG 或 WebP</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Image Studio</source>
        <translation>关于 Image Studio(&amp;A)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Demo mode: a built-in emulator answers; nothing is billed</source>
        <translation>演示模式：由内置模拟器应答；不产生任何费用</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Dropped image</source>
        <translation>拖入的图像</translation>
    </message>
</context>
<context>
    <name>MarkupController</name>
    <message>
        <source>Paint a mask: the edit changes only there</source>
        <translation>绘制蒙版：编辑只改变该区域</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>蒙版</translation>
    </message>
    <message>
        <source>Draw marks that guide the edit; the mask is not sent then</source>
        <translation>绘制引导编辑的标注；此时不发送蒙版</translation>
    </message>
    <message>
        <source>Markup</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Remove every mark</source>
        <translation>删除所有标注</translation>
    </message>
    <message>
        <source>Pen</source>
        <translation>钢笔</translation>
    </message>
    <message>
        <source>Draw freehand</source>
        <translation>自由绘制</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>箭头</translation>
    </message>
    <message>
        <source>Drag an arrow</source>
        <translation>拖出一个箭头</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>方框</translation>
    </message>
    <message>
        <source>Drag a rectangle outline</source>
        <translation>拖出矩形轮廓</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>椭圆</translation>
    </message>
    <message>
        <source>Drag an ellipse outline</source>
        <translation>拖出椭圆轮廓</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Click to place the label text</source>
        <translation>点击放置标签文字</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>橡皮擦</translation>
    </message>
    <message>
        <source>Rub marks out</source>
        <translation>擦除标注</translation>
    </message>
</context>
<context>
    <name>MarkupLayer</name>
    <message>
        <source>Clear Markup</source>
        <translation>清除标注</translation>
    </message>
</context>
<context>
    <name>MarkupPanel</name>
    <message>
        <source>Markup</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Colour of new marks</source>
        <translation>新标注的颜色</translation>
    </message>
    <message>
        <source>Line width in picture pixels; labels grow with it</source>
        <translation>线宽，单位为图片像素；标签随之变大</translation>
    </message>
    <message>
        <source>Colour, width</source>
        <translation>颜色、线宽</translation>
    </message>
    <message>
        <source>Text for the label tool, e.g. “add a hat”</source>
        <translation>标签工具的文字，例如“加一顶帽子”</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Marks guide the edit instead of a mask: while Markup is on, the mask is not sent. Right-drag rubs marks out. The marks are sent as a transparent PNG.</source>
        <translation>标注代替蒙版来引导编辑：开启标注时不发送蒙版。右键拖动可擦除标注。标注以透明 PNG 发送。</translation>
    </message>
    <message>
        <source>Markup Colour</source>
        <translation>标注颜色</translation>
    </message>
</context>
<context>
    <name>MarkupPointer</name>
    <message>
        <source>Erase Markup</source>
        <translation>擦除标注</translation>
    </message>
    <message>
        <source>Pen Stroke</source>
        <translation>钢笔笔画</translation>
    </message>
    <message>
        <source>Text Label</source>
        <translation>文字标签</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>箭头</translation>
    </message>
    <message>
        <source>Markup Rectangle</source>
        <translation>标注矩形</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>椭圆</translation>
    </message>
</context>
<context>
    <name>NewCanvasDialog</name>
    <message>
        <source>Square 1024 × 1024</source>
        <translation>正方形 1024 × 1024</translation>
    </message>
    <message>
        <source>Landscape 1536 × 1024</source>
        <translation>横向 1536 × 1024</translation>
    </message>
    <message>
        <source>Portrait 1024 × 1536</source>
        <translation>纵向 1024 × 1536</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>New Canvas</source>
        <translation>新建画布</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
</context>
<context>
    <name>ParamsForm</name>
    <message>
        <source>Frames in the animation (2 to 16)</source>
        <translation>动画帧数（2 到 16）</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>How long each frame shows, rounded to 10 ms</source>
        <translation>每帧显示时长，取整到 10 毫秒</translation>
    </message>
    <message>
        <source>account default</source>
        <translation>账户默认</translation>
    </message>
    <message>
        <source>The model that writes the SVG from the rendered image</source>
        <translation>根据渲染图像编写 SVG 的模型</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>How much the SVG author reasons; more costs more tokens</source>
        <translation>SVG 作者的推理程度；越高消耗的 Token 越多</translation>
    </message>
    <message>
        <source>GIF frames</source>
        <translation>GIF 帧</translation>
    </message>
    <message>
        <source>Frame duration</source>
        <translation>帧时长</translation>
    </message>
    <message>
        <source>SVG author</source>
        <translation>SVG 作者</translation>
    </message>
    <message>
        <source>SVG effort</source>
        <translation>SVG 推理程度</translation>
    </message>
    <message>
        <source>Choose an SVG author model to set its effort</source>
        <translation>选择 SVG 作者模型后才能设置推理程度</translation>
    </message>
    <message>
        <source>%1 output arrives whole: no partial images</source>
        <translation>%1 输出一次性返回：没有中间图</translation>
    </message>
    <message>
        <source>SVG output makes one image per request</source>
        <translation>SVG 输出每次请求只生成一张图像</translation>
    </message>
    <message>
        <source>Preset…</source>
        <translation>预设…</translation>
    </message>
    <message>
        <source>The default: any size, fast and dependable; quality up to high.</source>
        <translation>默认模型：支持任意尺寸，快速可靠；质量最高到“高”。</translation>
    </message>
    <message>
        <source>2.5 line: adds xhigh and max quality and markup edits. OpenAI has not published how Sunburst and Flare differ: same sizes and prices, so compare both with Drafts.</source>
        <translation>2.5 系列：新增“很高”和“最高”质量以及标注编辑。OpenAI 尚未公布 Sunburst 与 Flare 的区别：尺寸和价格相同，可以用草稿对比两者。</translation>
    </message>
    <message>
        <source>2.5 line, sibling of Sunburst: xhigh and max quality, markup edits. OpenAI has not published how Flare and Sunburst differ: same sizes and prices, so compare both with Drafts.</source>
        <translation>2.5 系列，Sunburst 的姊妹模型：“很高”和“最高”质量，标注编辑。OpenAI 尚未公布 Flare 与 Sunburst 的区别：尺寸和价格相同，可以用草稿对比两者。</translation>
    </message>
    <message>
        <source>Latest line; OpenAI&apos;s image tool default. Token use at low and medium quality is reported 3-4x the 2.5 figures, so estimates are approximate until the first result.</source>
        <translation>最新系列；OpenAI 图像工具的默认模型。据报告，低、中质量下的 Token 用量是 2.5 的 3–4 倍，因此在第一个结果出来前估算只是近似值。</translation>
    </message>
    <message>
        <source>Latest line, sibling of 2.6 Sunburst; differences unpublished. Estimates are approximate until the first result.</source>
        <translation>最新系列，2.6 Sunburst 的姊妹模型；区别尚未公布。在第一个结果出来前估算只是近似值。</translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation>缩略图</translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation>头像</translation>
    </message>
    <message>
        <source>Social post (4:5)</source>
        <translation>社交帖子 (4:5)</translation>
    </message>
    <message>
        <source>Blog header (16:9)</source>
        <translation>博客头图 (16:9)</translation>
    </message>
    <message>
        <source>Hero banner (2.35:1)</source>
        <translation>横幅大图 (2.35:1)</translation>
    </message>
    <message>
        <source>Print A4 (portrait)</source>
        <translation>A4 打印（纵向）</translation>
    </message>
    <message>
        <source>Portfolio (4:3)</source>
        <translation>作品集 (4:3)</translation>
    </message>
    <message>
        <source>Which GPT Image model renders the image</source>
        <translation>由哪个 GPT Image 模型渲染图像</translation>
    </message>
    <message>
        <source>Sets size and quality for a common use</source>
        <translation>为常见用途设置尺寸和质量</translation>
    </message>
    <message>
        <source>Higher quality costs more output tokens</source>
        <translation>质量越高，输出 Token 越多，费用越高</translation>
    </message>
    <message>
        <source>How many images one request makes</source>
        <translation>每次请求生成的图像数量</translation>
    </message>
    <message>
        <source>Transparent needs PNG or WebP output</source>
        <translation>透明背景需要 PNG 或 WebP 输出</translation>
    </message>
    <message>
        <source>The file format the API returns</source>
        <translation>API 返回的文件格式</translation>
    </message>
    <message>
        <source>JPEG/WebP only</source>
        <translation>仅限 JPEG/WebP</translation>
    </message>
    <message>
        <source>How strict the safety filter is</source>
        <translation>安全过滤的严格程度</translation>
    </message>
    <message>
        <source>How closely edits keep the input</source>
        <translation>编辑时对输入图像的保真程度</translation>
    </message>
    <message>
        <source>Scene complexity (newer models)</source>
        <translation>场景复杂度（新模型）</translation>
    </message>
    <message>
        <source>Previews streamed while it renders</source>
        <translation>渲染过程中推送的预览图</translation>
    </message>
    <message>
        <source>Effort spent planning the image, apart from quality</source>
        <translation>构思图像所花的精力，与质量无关</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Compression</source>
        <translation>压缩</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Input fidelity</source>
        <translation>输入保真度</translation>
    </message>
    <message>
        <source>Complexity</source>
        <translation>复杂度</translation>
    </message>
    <message>
        <source>Partial images</source>
        <translation>中间图</translation>
    </message>
    <message>
        <source>Compression applies to JPEG or WebP output, not {format}.</source>
        <translation>压缩仅适用于 JPEG 或 WebP 输出，不适用于 {format}。</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>Refused by the safety system</source>
        <translation>被安全系统拒绝</translation>
    </message>
    <message>
        <source>Still rate limited</source>
        <translation>仍然速率受限</translation>
    </message>
    <message>
        <source>The stream was cut off</source>
        <translation>传输被中断</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be used</source>
        <translation>服务器的响应无法使用</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>未及时响应</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>连接问题</translation>
    </message>
    <message>
        <source>Check the highlighted setting</source>
        <translation>请检查高亮显示的设置</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>没有 API 密钥</translation>
    </message>
    <message>
        <source>API key rejected</source>
        <translation>API 密钥被拒绝</translation>
    </message>
    <message>
        <source>Out of credit</source>
        <translation>余额不足</translation>
    </message>
    <message>
        <source>Over your budget</source>
        <translation>超出预算</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>无权使用</translation>
    </message>
    <message>
        <source>Connection refused for safety</source>
        <translation>出于安全原因拒绝连接</translation>
    </message>
    <message>
        <source>The job failed</source>
        <translation>任务失败</translation>
    </message>
    <message>
        <source> Partial {index} of {count} is shown and saved.</source>
        <translation> 已显示并保存中间图 {index} / {count}。</translation>
    </message>
    <message>
        <source> Cost: {cost}.</source>
        <translation> 费用：{cost}。</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Enter API key…</source>
        <translation>输入 API 密钥…</translation>
    </message>
    <message>
        <source>Switch to demo mode</source>
        <translation>切换到演示模式</translation>
    </message>
    <message>
        <source>No image yet: write a prompt and press Ctrl+Enter.</source>
        <translation>还没有图像：写下提示词，然后按 Ctrl+Enter。</translation>
    </message>
    <message>
        <source>partial {index} of {count}</source>
        <translation>中间图 {index} / {count}</translation>
    </message>
    <message>
        <source>final</source>
        <translation>定稿</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Describe the image you want.</source>
        <translation>请描述你想要的图像。</translation>
    </message>
    <message>
        <source>A mask needs a picture on the canvas: open one first.</source>
        <translation>蒙版需要画布上有图片：请先打开一张。</translation>
    </message>
    <message>
        <source>Markup and a painted mask cannot be used together: clear one of them.</source>
        <translation>标注和绘制的蒙版不能同时使用：请清除其中之一。</translation>
    </message>
    <message>
        <source>This setting cannot be used.</source>
        <translation>无法使用此设置。</translation>
    </message>
</context>
<context>
    <name>PromptPanel</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>图像 (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <source>Describe the image, or the change to make…</source>
        <translation>描述图像，或要做的修改…</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>最近</translation>
    </message>
    <message>
        <source>Reuse a prompt from an earlier job</source>
        <translation>复用之前任务的提示词</translation>
    </message>
    <message>
        <source>Add reference…</source>
        <translation>添加参考图…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Keep unmasked pixels</source>
        <translation>保留蒙版外像素</translation>
    </message>
    <message>
        <source>The API may repaint outside the mask; this puts the original back outside it (the raw result is kept too)</source>
        <translation>API 可能会重绘蒙版以外的区域；此选项会把蒙版外恢复为原图（原始结果也会保留）</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>更多选项</translation>
    </message>
    <message>
        <source>Background, format, moderation, partial previews, mask edges, references</source>
        <translation>背景、格式、审核、中间预览、蒙版边缘、参考图</translation>
    </message>
    <message>
        <source>Reference images</source>
        <translation>参考图</translation>
    </message>
    <message>
        <source>At most {count} images in all (the canvas counts as one).</source>
        <translation>总共最多 {count} 张图像（画布算一张）。</translation>
    </message>
    <message>
        <source>Could not read {name}: {reason}</source>
        <translation>无法读取 {name}：{reason}</translation>
    </message>
    <message>
        <source>Generate: no picture on the canvas, so a new one is made.</source>
        <translation>生成：画布上没有图片，将创建一张新图。</translation>
    </message>
    <message>
        <source>Edit: the canvas picture, guided by your markup (no mask is sent).</source>
        <translation>编辑：画布上的图片，由你的标注引导（不发送蒙版）。</translation>
    </message>
    <message>
        <source>Edit: the canvas picture, changing the painted mask.</source>
        <translation>编辑：画布上的图片，修改绘制的蒙版区域。</translation>
    </message>
    <message>
        <source>Edit: the whole canvas picture (paint a mask to limit it).</source>
        <translation>编辑：整张画布图片（绘制蒙版可限定范围）。</translation>
    </message>
    <message>
        <source>Plus 1 reference image.</source>
        <translation>另加 1 张参考图。</translation>
    </message>
    <message>
        <source>Plus {0} reference images.</source>
        <translation>另加 {0} 张参考图。</translation>
    </message>
    <message>
        <source>No earlier prompts</source>
        <translation>没有之前的提示词</translation>
    </message>
    <message>
        <source>Add reference images</source>
        <translation>添加参考图</translation>
    </message>
</context>
<context>
    <name>ProviderPage</name>
    <message>
        <source>OpenAI-compatible server</source>
        <translation>OpenAI 兼容服务器</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Keep the key for this session only</source>
        <translation>仅在本次会话中保留密钥</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>optional, org-…</source>
        <translation>可选，org-…</translation>
    </message>
    <message>
        <source>optional, proj_…</source>
        <translation>可选，proj_…</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation>登录方式</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API 版本</translation>
    </message>
    <message>
        <source>deployment name (default: {model})</source>
        <translation>部署名称（默认：{model}）</translation>
    </message>
    <message>
        <source>Deployment for {model}</source>
        <translation>{model} 的部署</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基础 URL</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
</context>
<context>
    <name>RegionController</name>
    <message>
        <source>E&amp;xtend Canvas…</source>
        <translation>扩展画布(&amp;X)…</translation>
    </message>
    <message>
        <source>Add a border to fill with the next edit</source>
        <translation>添加边框，由下一次编辑填充</translation>
    </message>
    <message>
        <source>Extend Canvas</source>
        <translation>扩展画布</translation>
    </message>
    <message>
        <source>Open a picture first, then extend its canvas.</source>
        <translation>请先打开一张图片，再扩展它的画布。</translation>
    </message>
    <message>
        <source>Focused: sent at {0} × {1}</source>
        <translation>局部：以 {0} × {1} 发送</translation>
    </message>
</context>
<context>
    <name>RequestState</name>
    <message>
        <source>%1 was retired on %2; %3 is used instead.</source>
        <translation>%1 已于 %2 停用；改用 %3。</translation>
    </message>
    <message>
        <source>The model %1 is not known here; %2 is used instead.</source>
        <translation>此处不认识模型 %1；改用 %2。</translation>
    </message>
    <message>
        <source>At most {count} images in all (the canvas counts as one).</source>
        <translation>总共最多 {count} 张图像（画布算一张）。</translation>
    </message>
</context>
<context>
    <name>SelectionActions</name>
    <message>
        <source>Grow Mask</source>
        <translation>扩展蒙版</translation>
    </message>
    <message>
        <source>Grow the mask by (pixels):</source>
        <translation>蒙版扩展量（像素）：</translation>
    </message>
    <message>
        <source>Shrink Mask</source>
        <translation>收缩蒙版</translation>
    </message>
    <message>
        <source>Shrink the mask by (pixels):</source>
        <translation>蒙版收缩量（像素）：</translation>
    </message>
    <message>
        <source>Feather Mask</source>
        <translation>羽化蒙版</translation>
    </message>
    <message>
        <source>Soften the mask&apos;s edge over (pixels):</source>
        <translation>边缘羽化范围（像素）：</translation>
    </message>
    <message>
        <source>Smooth Mask</source>
        <translation>平滑蒙版</translation>
    </message>
    <message>
        <source>Round off jagged edges up to (pixels):</source>
        <translation>圆滑锯齿边缘的范围（像素）：</translation>
    </message>
    <message>
        <source>Select &amp;Subject</source>
        <translation>选择主体(&amp;S)</translation>
    </message>
    <message>
        <source>Select the main subject</source>
        <translation>选择画面中的主体</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Mask the whole picture</source>
        <translation>为整张图片添加蒙版</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>取消选择(&amp;N)</translation>
    </message>
    <message>
        <source>Clear the mask</source>
        <translation>清除蒙版</translation>
    </message>
    <message>
        <source>&amp;Grow…</source>
        <translation>扩展(&amp;G)…</translation>
    </message>
    <message>
        <source>Widen the mask by N px</source>
        <translation>将蒙版扩展 N 像素</translation>
    </message>
    <message>
        <source>S&amp;hrink…</source>
        <translation>收缩(&amp;H)…</translation>
    </message>
    <message>
        <source>Narrow the mask by N px</source>
        <translation>将蒙版收缩 N 像素</translation>
    </message>
    <message>
        <source>&amp;Feather…</source>
        <translation>羽化(&amp;F)…</translation>
    </message>
    <message>
        <source>Soften the mask&apos;s edge over N px</source>
        <translation>在 N 像素范围内柔化蒙版边缘</translation>
    </message>
    <message>
        <source>S&amp;mooth…</source>
        <translation>平滑(&amp;M)…</translation>
    </message>
    <message>
        <source>Round off jagged edges and drop specks</source>
        <translation>圆滑锯齿边缘并去除杂点</translation>
    </message>
    <message>
        <source>Select Subject is not available: {reason}</source>
        <translation>无法使用“选择主体”：{reason}</translation>
    </message>
    <message>
        <source>Select Subject</source>
        <translation>选择主体</translation>
    </message>
</context>
<context>
    <name>SendBatchDialog</name>
    <message>
        <source>Send as batch</source>
        <translation>批量发送</translation>
    </message>
    <message>
        <source>{size} (the current size)</source>
        <translation>{size}（当前尺寸）</translation>
    </message>
    <message>
        <source>Several sizes separated by commas: one request for each</source>
        <translation>用逗号分隔多个尺寸：每个尺寸一个请求</translation>
    </message>
    <message>
        <source>Pictures…</source>
        <translation>图片…</translation>
    </message>
    <message>
        <source>the canvas</source>
        <translation>画布</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Variations</source>
        <translation>变体数</translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Pictures to edit</source>
        <translation>要编辑的图片</translation>
    </message>
    <message>
        <source>Send batch</source>
        <translation>发送批次</translation>
    </message>
    <message>
        <source>{count} pictures, each edited on its own: {names}</source>
        <translation>{count} 张图片，各自单独编辑：{names}</translation>
    </message>
    <message>
        <source>{count} requests. Sent directly: {approx}{direct}. As a batch: &lt;b&gt;{approx}{batch}&lt;/b&gt; (½ price, results within 24 h).</source>
        <translation>{count} 个请求。直接发送：{approx}{direct}。批量发送：&lt;b&gt;{approx}{batch}&lt;/b&gt;（半价，24 小时内出结果）。</translation>
    </message>
</context>
<context>
    <name>SessionKeeper</name>
    <message>
        <source>The working session could not be saved ({0}): check that the data folder is writable and has free space.</source>
        <translation>无法保存工作会话（{0}）：请检查数据文件夹是否可写且有剩余空间。</translation>
    </message>
</context>
<context>
    <name>SettingsActions</name>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <source>Provider changes apply the next time Image Studio starts.</source>
        <translation>服务商更改将在下次启动 Image Studio 时生效。</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;About Image Studio</source>
        <translation>关于 Image Studio(&amp;A)</translation>
    </message>
    <message>
        <source>The new language applies the next time Image Studio starts.</source>
        <translation>新语言将在下次启动 Image Studio 时生效。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Could not save the settings: {error}</source>
        <translation>无法保存设置：{error}</translation>
    </message>
</context>
<context>
    <name>SettingsKeys</name>
    <message>
        <source>&lt;b&gt;No system keyring is available&lt;/b&gt;, so Image Studio cannot remember your key safely. {reason}.&lt;br&gt;You can still use a key &lt;b&gt;for this session only&lt;/b&gt; (you will paste it again next time), or set the &lt;code&gt;{env}&lt;/code&gt; environment variable before starting Image Studio. Keys are never written to a plain file.</source>
        <translation>&lt;b&gt;没有可用的系统钥匙串&lt;/b&gt;，因此 Image Studio 无法安全地记住你的密钥。{reason}。&lt;br&gt;你仍然可以&lt;b&gt;仅在本次会话中&lt;/b&gt;使用密钥（下次需要重新粘贴），或在启动 Image Studio 之前设置环境变量 &lt;code&gt;{env}&lt;/code&gt;。密钥永远不会以明文写入文件。</translation>
    </message>
    <message>
        <source>Keys are kept in memory only (STUDIO_SECRET_BACKEND=memory)</source>
        <translation>密钥仅保存在内存中 (STUDIO_SECRET_BACKEND=memory)</translation>
    </message>
</context>
<context>
    <name>SettingsPages</name>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Ask me before sending</source>
        <translation>发送前询问我</translation>
    </message>
    <message>
        <source>Refuse the job</source>
        <translation>拒绝该任务</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Gallery (when it has the focus)</source>
        <translation>图库（获得焦点时）</translation>
    </message>
    <message>
        <source>Canvas and mask</source>
        <translation>画布和蒙版</translation>
    </message>
    <message>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Pointer</source>
        <translation>鼠标和数位板</translation>
    </message>
    <message>
        <source>Right-drag, Ctrl+drag, Alt+drag</source>
        <translation>右键拖动、Ctrl+拖动、Alt+拖动</translation>
    </message>
    <message>
        <source>Subtract from the mask with any tool</source>
        <translation>用任意工具从蒙版中减去</translation>
    </message>
    <message>
        <source>Shift+drag</source>
        <translation>Shift+拖动</translation>
    </message>
    <message>
        <source>Add to the mask (as a plain drag does)</source>
        <translation>添加到蒙版（与普通拖动相同）</translation>
    </message>
    <message>
        <source>Polygon lasso</source>
        <translation>多边形套索</translation>
    </message>
    <message>
        <source>Double-click or Enter closes, Backspace undoes a corner, Shift: 45°</source>
        <translation>双击或按 Enter 闭合，Backspace 撤销一个顶点，Shift：45°</translation>
    </message>
    <message>
        <source>Object selection</source>
        <translation>对象选择</translation>
    </message>
    <message>
        <source>Drag a box; then click to take a part in, Alt-click to leave it out</source>
        <translation>先框选；再点击以包含某部分，按住 Alt 点击以排除</translation>
    </message>
    <message>
        <source>Cancel the rectangle, lasso or polygon being drawn</source>
        <translation>取消正在绘制的矩形、套索或多边形</translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation>滚轮</translation>
    </message>
    <message>
        <source>Zoom at the pointer</source>
        <translation>以指针为中心缩放</translation>
    </message>
    <message>
        <source>Space+drag, middle-drag</source>
        <translation>空格+拖动、中键拖动</translation>
    </message>
    <message>
        <source>Pan (Space works whenever the pointer is over the canvas)</source>
        <translation>平移（指针在画布上时空格键随时可用）</translation>
    </message>
    <message>
        <source>Esc while drawing</source>
        <translation>绘制时按 Esc</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
</context>
<context>
    <name>SizeField</name>
    <message>
        <source>Match canvas</source>
        <translation>匹配画布</translation>
    </message>
    <message>
        <source>The model&apos;s size closest to the shape of the picture on the canvas</source>
        <translation>最接近画布上图片比例的模型尺寸</translation>
    </message>
    <message>
        <source>WIDTHxHEIGHT, e.g. 1824x1024</source>
        <translation>宽x高，例如 1824x1024</translation>
    </message>
    <message>
        <source>{model} supports only these sizes</source>
        <translation>{model} 仅支持这些尺寸</translation>
    </message>
    <message>
        <source>Pick a size or type WIDTHxHEIGHT: edges multiples of {step}, longest edge ≤ {edge}, aspect up to 3:1, {low} to {high} pixels</source>
        <translation>选择尺寸或输入 宽x高：边长为 {step} 的倍数，最长边 ≤ {edge}，宽高比不超过 3:1，像素数 {low} 到 {high}</translation>
    </message>
</context>
<context>
    <name>StagingController</name>
    <message>
        <source>&amp;Accept Result</source>
        <translation>接受结果(&amp;A)</translation>
    </message>
    <message>
        <source>Make this result the picture; Ctrl+Z undoes it</source>
        <translation>将此结果设为图片；Ctrl+Z 可撤销</translation>
    </message>
    <message>
        <source>&amp;Discard Result</source>
        <translation>放弃结果(&amp;D)</translation>
    </message>
    <message>
        <source>Take this result off the canvas (Gallery keeps it)</source>
        <translation>将此结果从画布上移除（图库中仍保留）</translation>
    </message>
    <message>
        <source>&amp;Previous Result</source>
        <translation>上一个结果(&amp;P)</translation>
    </message>
    <message>
        <source>Previous result of this batch (Alt+Left)</source>
        <translation>此批次的上一个结果 (Alt+Left)</translation>
    </message>
    <message>
        <source>&amp;Next Result</source>
        <translation>下一个结果(&amp;N)</translation>
    </message>
    <message>
        <source>Next result of this batch (Alt+Right)</source>
        <translation>此批次的下一个结果 (Alt+Right)</translation>
    </message>
    <message>
        <source>Accept Result</source>
        <translation>接受结果</translation>
    </message>
    <message>
        <source>Fill Canvas</source>
        <translation>填充画布</translation>
    </message>
    <message>
        <source>Result {0} of {1}</source>
        <translation>结果 {0} / {1}</translation>
    </message>
</context>
<context>
    <name>StagingStrip</name>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
</context>
<context>
    <name>ToolOptions</name>
    <message>
        <source>Right-drag, Ctrl+ or Alt+drag subtracts · Shift+drag adds · Space+drag or middle-drag pans, even in the middle of a shape · wheel zooms · [ ] brush size · Esc cancels a shape</source>
        <translation>右键、Ctrl+ 或 Alt+拖动减去 · Shift+拖动添加 · 空格+拖动或中键拖动平移（绘制形状时也可以）· 滚轮缩放 · [ ] 画笔大小 · Esc 取消形状</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>画笔</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Brush diameter in image pixels ([ and ])</source>
        <translation>画笔直径，单位为图像像素（[ 和 ]）</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>100 % is a hard edge; lower values feather the edge</source>
        <translation>100 % 为硬边；数值越低边缘越柔和（羽化）</translation>
    </message>
    <message>
        <source>Hardness</source>
        <translation>硬度</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>蒙版</translation>
    </message>
    <message>
        <source>Show overlay</source>
        <translation>显示叠加层</translation>
    </message>
    <message>
        <source>Overlay opacity</source>
        <translation>叠加层不透明度</translation>
    </message>
    <message>
        <source>Overlay colour</source>
        <translation>叠加层颜色</translation>
    </message>
    <message>
        <source>Mask Overlay Colour</source>
        <translation>蒙版叠加层颜色</translation>
    </message>
</context>
<context>
    <name>UsageDialog</name>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>Kind of job</source>
        <translation>任务类型</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Tokens in</source>
        <translation>输入 Token</translation>
    </message>
    <message>
        <source>Tokens out</source>
        <translation>输出 Token</translation>
    </message>
    <message>
        <source>From cache</source>
        <translation>来自缓存</translation>
    </message>
    <message>
        <source>Usage report</source>
        <translation>用量报告</translation>
    </message>
    <message>
        <source>By {0}</source>
        <translation>按{0}</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Spend per day&lt;/b&gt;</source>
        <translation>&lt;b&gt;每日支出&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Total: {cost} over {jobs} jobs</source>
        <translation>合计：{cost}，共 {jobs} 个任务</translation>
    </message>
    <message>
        <source>Export usage CSV</source>
        <translation>导出用量 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Projection for {count} images/day: no paid jobs yet.</source>
        <translation>每天 {count} 张图像的预测：尚无付费任务。</translation>
    </message>
    <message>
        <source>{model} {quality} {share} at {cost}</source>
        <translation>{model} {quality} {share}，每张 {cost}</translation>
    </message>
    <message>
        <source>At the current mix, {count} images/day would cost {per_day} per day and {per_month} per 30-day month ({per_image} per image; {basis}). Mix: {mix}.</source>
        <translation>按当前组合，每天 {count} 张图像将花费每天 {per_day}、每 30 天 {per_month}（每张 {per_image}；{basis}）。组合：{mix}。</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>very high</source>
        <translation>很高</translation>
    </message>
    <message>
        <source>maximum</source>
        <translation>最高</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>opaque</source>
        <translation>不透明</translation>
    </message>
    <message>
        <source>transparent</source>
        <translation>透明</translation>
    </message>
    <message>
        <source>generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>drafts</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>final</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>finalize</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>simple</source>
        <translation>简单</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>complex</source>
        <translation>复杂</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
</context>
<context>
    <name>WandOptions</name>
    <message>
        <source>Magic Wand</source>
        <translation>魔棒</translation>
    </message>
    <message>
        <source>How different (0-255 per channel) a colour may be from the clicked one</source>
        <translation>颜色与点击处相差多少（每通道 0-255）仍会被选中</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>容差</translation>
    </message>
    <message>
        <source>Contiguous</source>
        <translation>连续</translation>
    </message>
    <message>
        <source>Only the area touching the clicked pixel; off: that colour everywhere</source>
        <translation>只选与点击像素相连的区域；关闭时：选中所有该颜色</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示此帮助并退出</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少以下必需参数：%s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>必须提供参数 %s 之一</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一个值</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>最多只能有一个值</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>至少需要一个值</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>选项不明确：%(option)s 可能是 %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选项：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：错误：%(message)s
</translation>
    </message>
</context>
</TS>
