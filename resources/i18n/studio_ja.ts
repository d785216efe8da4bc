<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>About</name>
    <message>
        <source> or </source>
        <translation> または </translation>
    </message>
    <message>
        <source>see the package&apos;s metadata</source>
        <translation>パッケージのメタデータを参照</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>Qt and PySide6 are used under the GNU LGPL v3: they are shipped as separate shared libraries that you may replace with your own build.</source>
        <translation>Qt と PySide6 は GNU LGPL v3 に基づいて使用しています。これらは独立した共有ライブラリとして同梱されており、ご自身でビルドしたものに置き換えられます。</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>バージョン {version}</translation>
    </message>
    <message>
        <source>About Image Studio</source>
        <translation>Image Studio について</translation>
    </message>
    <message>
        <source>Generate and edit images with OpenAI&apos;s GPT Image models.</source>
        <translation>OpenAI の GPT Image モデルで画像を生成・編集します。</translation>
    </message>
    <message>
        <source>Image Studio is MIT-licensed.</source>
        <translation>Image Studio は MIT ライセンスです。</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>ライセンス</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Emulator at {url}</source>
        <translation>エミュレーター：{url}</translation>
    </message>
    <message>
        <source>API: {url}</source>
        <translation>API：{url}</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
</context>
<context>
    <name>BatchController</name>
    <message>
        <source>Send as batch (½ price, within 24 h)</source>
        <translation>バッチで送信（半額、24 時間以内）</translation>
    </message>
    <message>
        <source>Batch ½ price</source>
        <translation>バッチ 半額</translation>
    </message>
    <message>
        <source>Send many variations, sizes or pictures as one batch at half price</source>
        <translation>多数のバリエーション・サイズ・画像を 1 つのバッチとして半額で送信</translation>
    </message>
    <message>
        <source>Sending a batch of {count} requests (~{cost})…</source>
        <translation>{count} 件のリクエストのバッチを送信しています（約 {cost}）…</translation>
    </message>
    <message>
        <source>Budget cap</source>
        <translation>予算の上限</translation>
    </message>
    <message>
        <source>{message}

The batch was not sent.</source>
        <translation>{message}

バッチは送信されませんでした。</translation>
    </message>
    <message>
        <source>{message}

Send the batch anyway?</source>
        <translation>{message}

それでもバッチを送信しますか？</translation>
    </message>
    <message>
        <source>Preparing the picture… the batch dialog opens next</source>
        <translation>画像を準備しています…このあとバッチのダイアログが開きます</translation>
    </message>
    <message>
        <source>Could not prepare the picture; nothing was sent: {error}</source>
        <translation>画像を準備できませんでした。何も送信していません：{error}</translation>
    </message>
    <message>
        <source>Batch sent: {count} requests, ~{cost}; results within 24 h (Batches panel)</source>
        <translation>バッチを送信しました：{count} 件、約 {cost}。結果は 24 時間以内に届きます（バッチパネル）</translation>
    </message>
    <message>
        <source>Cancelling the batch; requests already run are kept</source>
        <translation>バッチをキャンセルしています。処理済みのリクエストは保持されます</translation>
    </message>
</context>
<context>
    <name>BatchPanel</name>
    <message>
        <source>Batch</source>
        <translation>バッチ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>送信日時</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完了日時</translation>
    </message>
    <message>
        <source>No batches yet. Send as batch (Image menu) renders many images at half price within 24 hours; they arrive here and in the gallery.</source>
        <translation>バッチはまだありません。「バッチで送信」（画像メニュー）を使うと、24 時間以内に多数の画像を半額で作成できます。結果はこことギャラリーに届きます。</translation>
    </message>
    <message>
        <source>Cancel batch</source>
        <translation>バッチをキャンセル</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>今すぐ確認</translation>
    </message>
    <message>
        <source>{ref}
{endpoint}, {model}</source>
        <translation>{ref}
{endpoint}、{model}</translation>
    </message>
    <message>
        <source>{count} requests</source>
        <translation>{count} 件のリクエスト</translation>
    </message>
    <message>
        <source>{who}: {error}</source>
        <translation>{who}：{error}</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>送信中</translation>
    </message>
    <message>
        <source>validating</source>
        <translation>検証中</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>finalizing</source>
        <translation>仕上げ中</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>cancelling</source>
        <translation>キャンセル中</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>{done}/{total}</source>
        <translation>{done}/{total}</translation>
    </message>
    <message>
        <source>, {failed} failed</source>
        <translation>、{failed} 件失敗</translation>
    </message>
    <message>
        <source>~{estimate}</source>
        <translation>約 {estimate}</translation>
    </message>
    <message>
        <source>Checking with the API…</source>
        <translation>API に確認しています…</translation>
    </message>
</context>
<context>
    <name>BatchesController</name>
    <message>
        <source>Batches</source>
        <translation>バッチ</translation>
    </message>
</context>
<context>
    <name>BrushTool</name>
    <message>
        <source>Eraser Stroke</source>
        <translation>消しゴムのストローク</translation>
    </message>
    <message>
        <source>Brush Stroke</source>
        <translation>ブラシのストローク</translation>
    </message>
</context>
<context>
    <name>BudgetEditor</name>
    <message>
        <source>Ask before crossing a cap</source>
        <translation>上限を超える前に確認する</translation>
    </message>
    <message>
        <source>Refuse jobs that would cross a cap</source>
        <translation>上限を超えるジョブを拒否する</translation>
    </message>
    <message>
        <source>Save caps</source>
        <translation>上限を保存</translation>
    </message>
    <message>
        <source>Daily cap</source>
        <translation>1 日の上限</translation>
    </message>
    <message>
        <source>Monthly cap</source>
        <translation>1 か月の上限</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>上限なし</translation>
    </message>
</context>
<context>
    <name>BudgetGate</name>
    <message>
        <source>Budget cap</source>
        <translation>予算の上限</translation>
    </message>
    <message>
        <source>{message}

The job was not sent.</source>
        <translation>{message}

ジョブは送信されませんでした。</translation>
    </message>
    <message>
        <source>{message}

Send it anyway?</source>
        <translation>{message}

それでも送信しますか？</translation>
    </message>
</context>
<context>
    <name>BudgetsPage</name>
    <message>
        <source>Daily cap</source>
        <translation>1 日の上限</translation>
    </message>
    <message>
        <source>Monthly cap</source>
        <translation>1 か月の上限</translation>
    </message>
    <message>
        <source> % of a cap</source>
        <translation> %（上限に対して）</translation>
    </message>
    <message>
        <source>When a job would cross a cap</source>
        <translation>ジョブが上限を超えそうなとき</translation>
    </message>
    <message>
        <source>Warn from</source>
        <translation>警告の開始</translation>
    </message>
</context>
<context>
    <name>CanvasActions</name>
    <message>
        <source>&amp;Brush</source>
        <translation>ブラシ(&amp;B)</translation>
    </message>
    <message>
        <source>Paint the area to change</source>
        <translation>変更する範囲を塗る</translation>
    </message>
    <message>
        <source>&amp;Eraser</source>
        <translation>消しゴム(&amp;E)</translation>
    </message>
    <message>
        <source>Erase parts of the mask</source>
        <translation>マスクの一部を消す</translation>
    </message>
    <message>
        <source>&amp;Rectangle</source>
        <translation>矩形(&amp;R)</translation>
    </message>
    <message>
        <source>Drag a rectangle to change</source>
        <translation>変更する範囲を矩形で囲む</translation>
    </message>
    <message>
        <source>&amp;Lasso</source>
        <translation>なげなわ(&amp;L)</translation>
    </message>
    <message>
        <source>Draw a closed outline to change</source>
        <translation>変更する範囲を閉じた輪郭で囲む</translation>
    </message>
    <message>
        <source>&amp;Polygon Lasso</source>
        <translation>多角形選択(&amp;P)</translation>
    </message>
    <message>
        <source>Click corners; double-click or Enter closes, Backspace undoes a corner</source>
        <translation>頂点をクリック。ダブルクリックか Enter で閉じ、Backspace で頂点を 1 つ戻す</translation>
    </message>
    <message>
        <source>Magic &amp;Wand</source>
        <translation>自動選択(&amp;W)</translation>
    </message>
    <message>
        <source>Click a colour to select it and its similar neighbours</source>
        <translation>色をクリックすると、その色と似た隣接部分を選択</translation>
    </message>
    <message>
        <source>&amp;Object Selection</source>
        <translation>オブジェクト選択(&amp;O)</translation>
    </message>
    <message>
        <source>Drag a box around an object; then click parts to add, Alt-click parts to leave out</source>
        <translation>オブジェクトを枠で囲み、部分をクリックで追加、Alt+クリックで除外</translation>
    </message>
    <message>
        <source>{name} ({key}) — {tip}</source>
        <translation>{name}（{key}）— {tip}</translation>
    </message>
    <message>
        <source>Smaller Brush</source>
        <translation>ブラシを小さく</translation>
    </message>
    <message>
        <source>Larger Brush</source>
        <translation>ブラシを大きく</translation>
    </message>
    <message>
        <source>&amp;Invert Mask</source>
        <translation>マスクを反転(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Clear Mask</source>
        <translation>マスクを消去(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Fill Mask</source>
        <translation>マスクで塗りつぶし(&amp;F)</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>反転</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>塗りつぶし</translation>
    </message>
    <message>
        <source>Show &amp;Mask Overlay</source>
        <translation>マスクのオーバーレイを表示(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>ズームイン(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>ズームアウト(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>ウィンドウに合わせる(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Actual Size (100 %)</source>
        <translation>実際のサイズ (100 %)(&amp;A)</translation>
    </message>
</context>
<context>
    <name>CanvasDocument</name>
    <message>
        <source>Open Image</source>
        <translation>画像を開く</translation>
    </message>
    <message>
        <source>New Canvas</source>
        <translation>新規キャンバス</translation>
    </message>
    <message>
        <source>Erase Rectangle</source>
        <translation>矩形を消去</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>矩形</translation>
    </message>
    <message>
        <source>Erase Lasso</source>
        <translation>なげなわで消去</translation>
    </message>
    <message>
        <source>Lasso</source>
        <translation>なげなわ</translation>
    </message>
    <message>
        <source>Fill Mask</source>
        <translation>マスクで塗りつぶし</translation>
    </message>
    <message>
        <source>Clear Mask</source>
        <translation>マスクを消去</translation>
    </message>
    <message>
        <source>Import Mask</source>
        <translation>マスクを読み込む</translation>
    </message>
</context>
<context>
    <name>CanvasFiles</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp);;All files (*)</source>
        <translation>画像 (*.png *.jpg *.jpeg *.webp);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Masks (*.png *.jpg *.jpeg *.webp);;All files (*)</source>
        <translation>マスク (*.png *.jpg *.jpeg *.webp);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Drop the painted mask?</source>
        <translation>描いたマスクを破棄しますか？</translation>
    </message>
    <message>
        <source>Opening another picture drops the mask you painted on this one. Export the mask first (File ▸ Export Mask…) to keep it, or Discard it. Edit ▸ Undo brings it back too.</source>
        <translation>別の画像を開くと、この画像に描いたマスクは破棄されます。残すには先にマスクを書き出すか（ファイル ▸ マスクを書き出す…）、破棄を選んでください。編集 ▸ 元に戻す でも復元できます。</translation>
    </message>
    <message>
        <source>Cannot open image</source>
        <translation>画像を開けません</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>{name} を開きました</translation>
    </message>
    <message>
        <source>Pasted image</source>
        <translation>貼り付けた画像</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>クリップボードに画像がありません。</translation>
    </message>
    <message>
        <source>Cannot import mask</source>
        <translation>マスクを読み込めません</translation>
    </message>
    <message>
        <source>Mask size differs</source>
        <translation>マスクのサイズが違います</translation>
    </message>
    <message>
        <source>{error}

Resize the mask to {width}×{height}, or cancel the import?</source>
        <translation>{error}

マスクを {width}×{height} にリサイズしますか？それとも読み込みを中止しますか？</translation>
    </message>
    <message>
        <source>Mask not imported: {error}</source>
        <translation>マスクは読み込まれませんでした：{error}</translation>
    </message>
    <message>
        <source>Cannot export mask</source>
        <translation>マスクを書き出せません</translation>
    </message>
    <message>
        <source>Mask saved to {name}</source>
        <translation>マスクを {name} に保存しました</translation>
    </message>
    <message>
        <source>Nothing to export: open or generate a picture first.</source>
        <translation>書き出すものがありません。先に画像を開くか生成してください。</translation>
    </message>
    <message>
        <source>Export Image</source>
        <translation>画像を書き出す</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>{0} を保存しました</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>書き出せません</translation>
    </message>
    <message>
        <source>Open Image</source>
        <translation>画像を開く</translation>
    </message>
    <message>
        <source>Import Mask</source>
        <translation>マスクを読み込む</translation>
    </message>
    <message>
        <source>Export Mask</source>
        <translation>マスクを書き出す</translation>
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
        <translation>画像を開いてマスクを描きましょう
Ctrl+O、ここにファイルをドロップ、または Ctrl+V で貼り付け

ファイル ▸ 新規キャンバス (Ctrl+N) でプロンプトから生成</translation>
    </message>
    <message>
        <source>Blank canvas {width} × {height}
Generate mode: no mask</source>
        <translation>空のキャンバス {width} × {height}
生成モード：マスクなし</translation>
    </message>
</context>
<context>
    <name>CanvasView</name>
    <message>
        <source>Paste Image</source>
        <translation>画像を貼り付け</translation>
    </message>
    <message>
        <source>Open Image</source>
        <translation>画像を開く</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{message} (see {prog} --help)</source>
        <translation>{message}（{prog} --help を参照）</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>中断しました</translation>
    </message>
    <message>
        <source>preparing</source>
        <translation>準備中</translation>
    </message>
    <message>
        <source>validating</source>
        <translation>検証中</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>finalizing</source>
        <translation>仕上げ中</translation>
    </message>
    <message>
        <source>cancelling</source>
        <translation>キャンセル中</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>no batch {id} in this history (see: studio batch status)</source>
        <translation>この履歴にバッチ {id} はありません（確認：studio batch status）</translation>
    </message>
    <message>
        <source>No batches yet: studio batch submit --prompt ... sends one.</source>
        <translation>バッチはまだありません。studio batch submit --prompt ... で送信できます。</translation>
    </message>
    <message>
        <source>{id} is {state}: nothing to collect yet.</source>
        <translation>{id}：{state}。まだ受け取れる結果はありません。</translation>
    </message>
    <message>
        <source>{count} new image(s), {unchanged} already there:</source>
        <translation>新しい画像 {count} 枚、既存の画像 {unchanged} 枚：</translation>
    </message>
    <message>
        <source>{request} failed: {reason}</source>
        <translation>{request} は失敗しました：{reason}</translation>
    </message>
    <message>
        <source>{message} Nothing was sent (budget settings).</source>
        <translation>{message} 何も送信しませんでした（予算設定）。</translation>
    </message>
    <message>
        <source>cannot read the {what} {path}: {reason}</source>
        <translation>{what} {path} を読み込めません：{reason}</translation>
    </message>
    <message>
        <source>image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>not billed yet</source>
        <translation>未請求</translation>
    </message>
    <message>
        <source>{cost} billed</source>
        <translation>請求額 {cost}</translation>
    </message>
    <message>
        <source>{completed}/{total} done, {failed} failed</source>
        <translation>{completed}/{total} 完了、{failed} 失敗</translation>
    </message>
    <message>
        <source>(estimate {estimate})  submitted {submitted}</source>
        <translation>（見積もり {estimate}）  送信日時 {submitted}</translation>
    </message>
    <message>
        <source>, finished {finished}</source>
        <translation>、完了日時 {finished}</translation>
    </message>
    <message>
        <source>a mask needs an --image to edit</source>
        <translation>マスクには編集する --image が必要です</translation>
    </message>
    <message>
        <source>mask</source>
        <translation>マスク</translation>
    </message>
    <message>
        <source>cannot use the mask {name}: {reason}</source>
        <translation>マスク {name} を使用できません：{reason}</translation>
    </message>
    <message>
        <source>a markup needs an --image to edit</source>
        <translation>マークアップには編集する --image が必要です</translation>
    </message>
    <message>
        <source>markup</source>
        <translation>マークアップ</translation>
    </message>
    <message>
        <source>cannot use the markup {name}: it is {reason}</source>
        <translation>マークアップ {name} を使えません：{reason}</translation>
    </message>
    <message>
        <source>the markup {name} must be a PNG with transparency</source>
        <translation>マークアップ {name} は透明部分のある PNG にしてください</translation>
    </message>
    <message>
        <source>the markup {name} is {size} but the picture is {picture}; draw it at the picture&apos;s size</source>
        <translation>マークアップ {name} は {size} ですが、画像は {picture} です。画像と同じサイズで描いてください</translation>
    </message>
    <message>
        <source>cannot use the markup {name}: {reason}</source>
        <translation>マークアップ {name} を使えません：{reason}</translation>
    </message>
    <message>
        <source>the markup {name} has no transparent pixels</source>
        <translation>マークアップ {name} に透明なピクセルがありません</translation>
    </message>
    <message>
        <source>{model} {size} {quality} x{n}: {input} input + {output} output tokens = {cost}</source>
        <translation>{model} {size} {quality} x{n}：入力 {input} + 出力 {output} トークン = {cost}</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>注意：{note}</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>quality</source>
        <translation>品質</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>jobs</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>images</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>cost USD</source>
        <translation>費用 USD</translation>
    </message>
    <message>
        <source>{message} Not sent (budget settings refuse it).</source>
        <translation>{message} 送信しませんでした（予算設定により拒否）。</translation>
    </message>
    <message>
        <source>{message} Not sent: there is no terminal to ask for approval.</source>
        <translation>{message} 送信しませんでした：承認を求める端末がありません。</translation>
    </message>
    <message>
        <source>{message} Send it anyway? [y/N] </source>
        <translation>{message} それでも送信しますか？ [y/N] </translation>
    </message>
    <message>
        <source>{message} Not sent.</source>
        <translation>{message} 送信しませんでした。</translation>
    </message>
    <message>
        <source>--out: {problem}</source>
        <translation>--out：{problem}</translation>
    </message>
    <message>
        <source>{count} image(s) kept before the failure:</source>
        <translation>失敗する前に {count} 枚の画像を保存しました：</translation>
    </message>
    <message>
        <source>{reason} Retrying in {seconds}s (attempt {attempt})</source>
        <translation>{reason} {seconds} 秒後に再試行します（{attempt} 回目）</translation>
    </message>
    <message>
        <source>--focus needs a --mask: it sends a crop around the masked area</source>
        <translation>--focus には --mask が必要です。マスク範囲の周囲だけを切り抜いて送信します</translation>
    </message>
    <message>
        <source>sent at {size}</source>
        <translation>{size} で送信</translation>
    </message>
    <message>
        <source>{before} extended to {after}</source>
        <translation>{before} を {after} に拡張</translation>
    </message>
    <message>
        <source>give either --aspect or pixels per side, not both</source>
        <translation>--aspect と辺ごとのピクセル数は、どちらか一方だけ指定してください</translation>
    </message>
    <message>
        <source>say how far to extend: --left/--right/--top/--bottom or --aspect</source>
        <translation>どれだけ広げるか指定してください：--left/--right/--top/--bottom または --aspect</translation>
    </message>
    <message>
        <source>the mask covers most of the picture; the whole frame is sent</source>
        <translation>マスクが画像のほとんどを覆っているため、画像全体を送信します</translation>
    </message>
    <message>
        <source>cached, $0</source>
        <translation>キャッシュ済み、$0</translation>
    </message>
    <message>
        <source>{count} image(s) ({state}; {headline}):</source>
        <translation>{count} 枚の画像（{state}、{headline}）：</translation>
    </message>
    <message>
        <source>{count} image(s) ({state}):</source>
        <translation>{count} 枚の画像（{state}）：</translation>
    </message>
    <message>
        <source>{count} drafts at {quality}, {size} ({cost}):</source>
        <translation>ドラフト {count} 枚、{quality}、{size}（{cost}）：</translation>
    </message>
    <message>
        <source>(job {id})</source>
        <translation>（ジョブ {id}）</translation>
    </message>
    <message>
        <source>cannot finalize: {reason}</source>
        <translation>仕上げできません：{reason}</translation>
    </message>
    <message>
        <source>{model} has no quality {quality}</source>
        <translation>{model} には品質 {quality} がありません</translation>
    </message>
    <message>
        <source>final at {quality}, {size} ({cost}):</source>
        <translation>仕上げ：{quality}、{size}（{cost}）：</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>what to generate or change</source>
        <translation>生成・変更したい内容</translation>
    </message>
    <message>
        <source>model id (default: gpt-image-2)</source>
        <translation>モデル ID（既定：gpt-image-2）</translation>
    </message>
    <message>
        <source>low, medium, high, xhigh, max or auto</source>
        <translation>low、medium、high、xhigh、max、auto のいずれか</translation>
    </message>
    <message>
        <source>auto or WIDTHxHEIGHT, e.g. 1536x1024</source>
        <translation>auto または 幅x高さ（例：1536x1024）</translation>
    </message>
    <message>
        <source>number of images (1-10)</source>
        <translation>画像の枚数（1〜10）</translation>
    </message>
    <message>
        <source>partial images (0-3)</source>
        <translation>途中画像の枚数（0〜3）</translation>
    </message>
    <message>
        <source>auto, opaque or transparent</source>
        <translation>auto、opaque、transparent のいずれか</translation>
    </message>
    <message>
        <source>png, jpeg, webp, gif or svg (gif, svg: 2.6)</source>
        <translation>png、jpeg、webp、gif、svg のいずれか（gif、svg は 2.6）</translation>
    </message>
    <message>
        <source>0-100 (jpeg/webp)</source>
        <translation>0〜100（jpeg/webp）</translation>
    </message>
    <message>
        <source>auto or low</source>
        <translation>auto または low</translation>
    </message>
    <message>
        <source>low or high (edits, 1.x models)</source>
        <translation>low または high（編集、1.x モデル）</translation>
    </message>
    <message>
        <source>low, medium or high: planning effort</source>
        <translation>low、medium、high のいずれか：構成を練る度合い</translation>
    </message>
    <message>
        <source>GIF frames, 2-16 (9)</source>
        <translation>GIF のフレーム数、2〜16（9）</translation>
    </message>
    <message>
        <source>GIF delay per frame in ms (200)</source>
        <translation>GIF の1フレームの表示時間、ms（200）</translation>
    </message>
    <message>
        <source>SVG author model, e.g. gpt-5.6-sol</source>
        <translation>SVG を書くモデル（例：gpt-5.6-sol）</translation>
    </message>
    <message>
        <source>SVG author effort: none ... max</source>
        <translation>SVG モデルの推論の度合い：none … max</translation>
    </message>
    <message>
        <source>a hashed id of the end user (see Settings)</source>
        <translation>エンドユーザーのハッシュ化 ID（設定を参照）</translation>
    </message>
    <message>
        <source>print machine-readable JSON</source>
        <translation>機械可読な JSON を出力</translation>
    </message>
    <message>
        <source>folder to write the images into</source>
        <translation>画像の保存先フォルダー</translation>
    </message>
    <message>
        <source>always send, never reuse</source>
        <translation>常に送信し、キャッシュを使わない</translation>
    </message>
    <message>
        <source>keep the API&apos;s raw output instead of compositing through the mask</source>
        <translation>マスクで合成せず、API の出力をそのまま残す</translation>
    </message>
    <message>
        <source>use the built-in offline emulator</source>
        <translation>内蔵のオフライン エミュレーターを使う</translation>
    </message>
    <message>
        <source>Image Studio: the window (default), --demo, and the commands from estimate to emulator.</source>
        <translation>Image Studio：ウィンドウ（既定）、--demo、そして estimate から emulator までのコマンド。</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>バージョンを表示して終了</translation>
    </message>
    <message>
        <source>open the window on the emulator</source>
        <translation>エミュレーターでウィンドウを開く</translation>
    </message>
    <message>
        <source>exit 0 once the window is shown</source>
        <translation>ウィンドウが表示されたら 0 で終了</translation>
    </message>
    <message>
        <source>language of the window and messages (default: Language setting, else the system&apos;s)</source>
        <translation>ウィンドウとメッセージの言語（既定：言語の設定、なければシステムの言語）</translation>
    </message>
    <message>
        <source>tokens and dollars before sending</source>
        <translation>送信前にトークンと金額を見積もる</translation>
    </message>
    <message>
        <source>input image (edit)</source>
        <translation>入力画像（編集）</translation>
    </message>
    <message>
        <source>mask: white (or transparent) = edit</source>
        <translation>マスク：白（または透明）= 編集する部分</translation>
    </message>
    <message>
        <source>generate images from a prompt</source>
        <translation>プロンプトから画像を生成</translation>
    </message>
    <message>
        <source>edit one or more images, optionally with a mask</source>
        <translation>1枚以上の画像を編集（マスクも使用可）</translation>
    </message>
    <message>
        <source>input image (repeat)</source>
        <translation>入力画像（繰り返し指定可）</translation>
    </message>
    <message>
        <source>black-and-white (white = edit) or RGBA (transparent = edit)</source>
        <translation>白黒（白 = 編集）または RGBA（透明 = 編集）</translation>
    </message>
    <message>
        <source>transparent PNG of marks guiding the edit (2.5 and later)</source>
        <translation>編集を導くマークアップの透明 PNG（2.5 以降）</translation>
    </message>
    <message>
        <source>spend totals from the history</source>
        <translation>履歴から支出の合計を集計</translation>
    </message>
    <message>
        <source>one row per day, month, model, quality or mode</source>
        <translation>日・月・モデル・品質・モードごとに1行</translation>
    </message>
    <message>
        <source>print CSV for a spreadsheet</source>
        <translation>表計算ソフト向けに CSV を出力</translation>
    </message>
    <message>
        <source>only jobs from this date (YYYY-MM-DD)</source>
        <translation>この日付以降のジョブのみ（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>run the local Images API emulator</source>
        <translation>ローカルの Images API エミュレーターを起動</translation>
    </message>
    <message>
        <source>port to listen on (8765)</source>
        <translation>待ち受けるポート（8765）</translation>
    </message>
    <message>
        <source>seconds between partial images (0.3)</source>
        <translation>途中画像の間隔、秒（0.3）</translation>
    </message>
    <message>
        <source>many images at half price, within 24 h (Batch API)</source>
        <translation>半額で大量の画像を 24 時間以内に（Batch API）</translation>
    </message>
    <message>
        <source>send a batch; prints its id</source>
        <translation>バッチを送信し、その ID を表示</translation>
    </message>
    <message>
        <source>picture to edit (repeat: each is edited)</source>
        <translation>編集する画像（繰り返し指定可：それぞれ編集）</translation>
    </message>
    <message>
        <source>mask for every picture (white = edit)</source>
        <translation>すべての画像に使うマスク（白 = 編集）</translation>
    </message>
    <message>
        <source>copies of each request</source>
        <translation>各リクエストの複製数</translation>
    </message>
    <message>
        <source>comma-separated sizes, one request each</source>
        <translation>カンマ区切りのサイズ、それぞれ1リクエスト</translation>
    </message>
    <message>
        <source>a name to recognise the batch by</source>
        <translation>バッチを見分けるための名前</translation>
    </message>
    <message>
        <source>where a batch (or every batch) is</source>
        <translation>バッチ（またはすべてのバッチ）の状況</translation>
    </message>
    <message>
        <source>the batch id (default: every batch)</source>
        <translation>バッチの ID（既定：すべてのバッチ）</translation>
    </message>
    <message>
        <source>write every finished image (idempotent)</source>
        <translation>完成した画像をすべて書き出す（再実行しても重複なし）</translation>
    </message>
    <message>
        <source>the batch id</source>
        <translation>バッチの ID</translation>
    </message>
    <message>
        <source>cancel a batch; what already ran is kept</source>
        <translation>バッチを取り消す（完了済みの分は残る）</translation>
    </message>
    <message>
        <source>use the offline emulator</source>
        <translation>オフライン エミュレーターを使う</translation>
    </message>
    <message>
        <source>pixels to add on the left</source>
        <translation>左に追加するピクセル数</translation>
    </message>
    <message>
        <source>pixels to add at the top</source>
        <translation>上に追加するピクセル数</translation>
    </message>
    <message>
        <source>pixels to add on the right</source>
        <translation>右に追加するピクセル数</translation>
    </message>
    <message>
        <source>pixels to add at the bottom</source>
        <translation>下に追加するピクセル数</translation>
    </message>
    <message>
        <source>send only a crop around the mask</source>
        <translation>マスク周辺の切り抜きだけを送信</translation>
    </message>
    <message>
        <source>pixels around the mask (--focus)</source>
        <translation>マスクの周囲のピクセル数（--focus）</translation>
    </message>
    <message>
        <source>keep the result&apos;s own colours</source>
        <translation>結果の色をそのまま残す</translation>
    </message>
    <message>
        <source>extend the canvas and fill the new border</source>
        <translation>キャンバスを広げて新しい余白を埋める</translation>
    </message>
    <message>
        <source>the picture to extend</source>
        <translation>広げる画像</translation>
    </message>
    <message>
        <source>extend to this shape, e.g. 16:9</source>
        <translation>この比率まで広げる（例：16:9）</translation>
    </message>
    <message>
        <source>what the new border should show</source>
        <translation>新しい余白に描く内容</translation>
    </message>
    <message>
        <source>low, medium, high or auto</source>
        <translation>low、medium、high、auto のいずれか</translation>
    </message>
    <message>
        <source>png, jpeg or webp</source>
        <translation>png、jpeg、webp のいずれか</translation>
    </message>
    <message>
        <source>folder to write the image into</source>
        <translation>画像の保存先フォルダー</translation>
    </message>
    <message>
        <source>cheap parallel drafts of a prompt or edit</source>
        <translation>プロンプトや編集の安価なドラフトを並行して作成</translation>
    </message>
    <message>
        <source>input image</source>
        <translation>入力画像</translation>
    </message>
    <message>
        <source>how many (default 4)</source>
        <translation>枚数（既定 4）</translation>
    </message>
    <message>
        <source>render a picked draft at the final quality</source>
        <translation>選んだドラフトを仕上げ品質で描き直す</translation>
    </message>
    <message>
        <source>the draft&apos;s job id or one of its files</source>
        <translation>ドラフトのジョブ ID またはそのファイルの1つ</translation>
    </message>
    <message>
        <source>final quality (default: high)</source>
        <translation>仕上げの品質（既定：high）</translation>
    </message>
    <message>
        <source>WIDTHxHEIGHT (default: match the picture)</source>
        <translation>幅x高さ（既定：画像に合わせる）</translation>
    </message>
    <message>
        <source>render the prompt again (new composition)</source>
        <translation>プロンプトから描き直す（新しい構図）</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Side by side</source>
        <translation>左右に並べる</translation>
    </message>
    <message>
        <source>Before/after slider</source>
        <translation>ビフォー/アフター スライダー</translation>
    </message>
    <message>
        <source>Drag to move the split</source>
        <translation>ドラッグして境界を移動</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>The check failed: {error}</source>
        <translation>確認に失敗しました：{error}</translation>
    </message>
    <message>
        <source>Connected to {url}.</source>
        <translation>{url} に接続しました。</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>No API key. Enter one in Settings, set OPENAI_API_KEY, or use demo mode.</source>
        <translation>API キーがありません。設定で入力するか、OPENAI_API_KEY を設定するか、デモモードを使ってください。</translation>
    </message>
    <message>
        <source>No API key: the system keyring was refused ({problem}). Enter one in Settings (kept for this session), set OPENAI_API_KEY, or use demo mode.</source>
        <translation>API キーがありません：システムのキーチェーンに拒否されました（{problem}）。設定で入力する（このセッションのみ保持）か、OPENAI_API_KEY を設定するか、デモモードを使ってください。</translation>
    </message>
    <message>
        <source>No API key to test: paste one first.</source>
        <translation>テストする API キーがありません。先に貼り付けてください。</translation>
    </message>
    <message>
        <source>This job (~{estimate}) would take {whose} spend from {already} to {after}, over the {name} cap of {cap}.</source>
        <translation>このジョブ（約 {estimate}）で{whose}の支出が {already} から {after} になり、{name}の上限 {cap} を超えます。</translation>
    </message>
    <message>
        <source>After this job (~{estimate}) {whose} spend would be {after}: {percent} of the {name} cap of {cap} ({already} spent).</source>
        <translation>このジョブ（約 {estimate}）の後、{whose}の支出は {after} になります：{name}の上限 {cap} の {percent}（支出済み {already}）。</translation>
    </message>
    <message>
        <source>{message} Refused before sending (budget settings).</source>
        <translation>{message} 送信前に拒否しました（予算設定）。</translation>
    </message>
    <message>
        <source>today&apos;s</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>this month&apos;s</source>
        <translation>今月</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>1 日</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>1 か月</translation>
    </message>
    <message>
        <source>Could not reach the server ({reason}). Nothing was sent, so nothing was billed.</source>
        <translation>サーバーに接続できません（{reason}）。何も送信されていないため、課金はありません。</translation>
    </message>
    <message>
        <source>The server stopped answering in time.</source>
        <translation>サーバーが時間内に応答しなくなりました。</translation>
    </message>
    <message>
        <source>The server closed the connection after receiving the request.</source>
        <translation>サーバーがリクエスト受信後に接続を閉じました。</translation>
    </message>
    <message>
        <source>The connection dropped during the stream.</source>
        <translation>ストリームの途中で接続が切れました。</translation>
    </message>
    <message>
        <source>The request may have been billed, so it was not retried automatically: check your usage before you try again.</source>
        <translation>このリクエストは課金された可能性があるため、自動では再試行しませんでした。再試行する前に使用量を確認してください。</translation>
    </message>
    <message>
        <source>The request was refused by the safety system{stage}. Your prompt is kept: rephrase it or change the image. ({detail})</source>
        <translation>リクエストは安全システムにより拒否されました{stage}。プロンプトは保持されています。言い換えるか画像を変えてください。（{detail}）</translation>
    </message>
    <message>
        <source>Rate limited by the API. ({detail})</source>
        <translation>API のレート制限に達しました。（{detail}）</translation>
    </message>
    <message>
        <source>Your account is out of credit or over its quota; add credit in the OpenAI billing settings. ({detail})</source>
        <translation>アカウントのクレジットが不足しているか、クォータを超えています。OpenAI の請求設定でクレジットを追加してください。（{detail}）</translation>
    </message>
    <message>
        <source>The API key was rejected; check it in Settings. ({detail})</source>
        <translation>API キーが拒否されました。設定で確認してください。（{detail}）</translation>
    </message>
    <message>
        <source>Your organization is not allowed to use this model yet. ({detail})</source>
        <translation>あなたの組織はまだこのモデルを使用できません。（{detail}）</translation>
    </message>
    <message>
        <source>The model or endpoint was not found. ({detail})</source>
        <translation>モデルまたはエンドポイントが見つかりません。（{detail}）</translation>
    </message>
    <message>
        <source>The image service had an internal error; nothing is retried automatically because a retry could be billed twice. ({detail})</source>
        <translation>画像サービスで内部エラーが発生しました。再試行すると二重に課金される可能性があるため、自動では再試行しません。（{detail}）</translation>
    </message>
    <message>
        <source>The request was rejected. ({detail})</source>
        <translation>リクエストは拒否されました。（{detail}）</translation>
    </message>
    <message>
        <source>The server sent the request on to {where}. Redirects are not followed, so your API key stays with the address you configured: check the provider URL in Settings. Nothing was billed.</source>
        <translation>サーバーがリクエストを {where} に転送しました。リダイレクトには従わないため、API キーは設定したアドレスにのみ送られます。設定でプロバイダーの URL を確認してください。課金はありません。</translation>
    </message>
    <message>
        <source>Cancelled while waiting to retry.</source>
        <translation>再試行の待機中にキャンセルしました。</translation>
    </message>
    <message>
        <source>No complete answer within the {limit} s time limit, so the request was stopped (raise the limit in Settings if your images need longer).</source>
        <translation>{limit} 秒の制限時間内に完全な応答がなかったため、リクエストを停止しました（画像により長い時間が必要な場合は、設定で制限時間を延ばしてください）。</translation>
    </message>
    <message>
        <source>The stream ended before the final image arrived.</source>
        <translation>最終画像が届く前にストリームが終了しました。</translation>
    </message>
    <message>
        <source>The server&apos;s answer ended before any image arrived.</source>
        <translation>画像が届く前にサーバーの応答が終了しました。</translation>
    </message>
    <message>
        <source>The last partial image is kept.</source>
        <translation>最後の途中画像は保存されています。</translation>
    </message>
    <message>
        <source>{count} of {wanted} images arrived and are kept.</source>
        <translation>{wanted} 枚中 {count} 枚が届き、保存されています。</translation>
    </message>
    <message>
        <source>Only {count} of {wanted} images came.</source>
        <translation>{wanted} 枚中 {count} 枚しか届きませんでした。</translation>
    </message>
    <message>
        <source>The server answered with a web page instead of images</source>
        <translation>サーバーが画像ではなく Web ページを返しました</translation>
    </message>
    <message>
        <source>The server answered with an error instead of images</source>
        <translation>サーバーが画像ではなくエラーを返しました</translation>
    </message>
    <message>
        <source>The server&apos;s answer held no images</source>
        <translation>サーバーの応答に画像が含まれていませんでした</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON</source>
        <translation>サーバーの応答が有効な JSON ではありません</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not an images response</source>
        <translation>サーバーの応答が画像のレスポンスではありません</translation>
    </message>
    <message>
        <source>The server sent stream data that is not JSON</source>
        <translation>サーバーが JSON ではないストリームデータを送信しました</translation>
    </message>
    <message>
        <source>Studio stopped before this job finished (closed, killed or crashed); the images received so far are kept. Send it again to finish it.</source>
        <translation>このジョブが終わる前に Studio が停止しました（終了、強制終了、またはクラッシュ）。受信済みの画像は保存されています。完了するにはもう一度送信してください。</translation>
    </message>
    <message>
        <source>describe the image you want: the prompt is empty</source>
        <translation>作りたい画像を説明してください：プロンプトが空です</translation>
    </message>
    <message>
        <source>contains a NUL character (\0); remove it</source>
        <translation>NUL 文字 (\0) が含まれています。削除してください</translation>
    </message>
    <message>
        <source>{count} characters; the limit is 32,000</source>
        <translation>{count} 文字です。上限は 32,000 文字です</translation>
    </message>
    <message>
        <source>must be between 1 and 10 (got {value})</source>
        <translation>1〜10 の範囲で指定してください（現在 {value}）</translation>
    </message>
    <message>
        <source>must be 0 to 3 (got {value})</source>
        <translation>0〜3 で指定してください（現在 {value}）</translation>
    </message>
    <message>
        <source>must be 0 to 100 (got {value})</source>
        <translation>0〜100 で指定してください（現在 {value}）</translation>
    </message>
    <message>
        <source>only applies to jpeg or webp output, not {format}</source>
        <translation>JPEG または WebP 出力にのみ適用されます（{format} には適用されません）</translation>
    </message>
    <message>
        <source>a transparent background needs png or webp output, not {format}</source>
        <translation>透明な背景には PNG または WebP 出力が必要です（{format} は不可）</translation>
    </message>
    <message>
        <source>{value} is not available on {model}; choose one of {allowed}</source>
        <translation>{value} は {model} では使用できません。{allowed} から選んでください</translation>
    </message>
    <message>
        <source>{reason}; leave it unset</source>
        <translation>{reason}。未設定のままにしてください</translation>
    </message>
    <message>
        <source>{size}: both edges must be multiples of {step}</source>
        <translation>{size}：両辺とも {step} の倍数にしてください</translation>
    </message>
    <message>
        <source>{size}: the longest edge may be at most {edge}</source>
        <translation>{size}：長辺は {edge} 以下にしてください</translation>
    </message>
    <message>
        <source>{size}: the aspect ratio must be between 1:3 and 3:1</source>
        <translation>{size}：縦横比は 1:3〜3:1 の範囲にしてください</translation>
    </message>
    <message>
        <source>{size} is {pixels} pixels; allowed is {low} to {high}</source>
        <translation>{size} は {pixels} ピクセルです。許容範囲は {low}〜{high} です</translation>
    </message>
    <message>
        <source>{model} supports only {sizes}</source>
        <translation>{model} が対応するのは {sizes} のみです</translation>
    </message>
    <message>
        <source>size must be &apos;auto&apos; or WIDTHxHEIGHT such as 1536x1024, not {size}</source>
        <translation>サイズは「auto」または 幅x高さ（例：1536x1024）で指定してください（{size} は不可）</translation>
    </message>
    <message>
        <source>{count} images; the limit is {limit}</source>
        <translation>画像が {count} 枚です。上限は {limit} 枚です</translation>
    </message>
    <message>
        <source>markup cannot be combined with a mask</source>
        <translation>マークアップはマスクと併用できません</translation>
    </message>
    <message>
        <source>a mask or markup needs an input image to edit</source>
        <translation>マスクやマークアップには編集する入力画像が必要です</translation>
    </message>
    <message>
        <source>the {param} must be a PNG with an alpha channel</source>
        <translation>{param} はアルファチャンネル付きの PNG にしてください</translation>
    </message>
    <message>
        <source>the mask is {size} bytes; limit 4 MB</source>
        <translation>マスクが {size} バイトあります。上限は 4 MB です</translation>
    </message>
    <message>
        <source>the {param} is {size} but the first image is {first}; they must match exactly</source>
        <translation>{param} は {size} ですが、最初の画像は {first} です。完全に一致させてください</translation>
    </message>
    <message>
        <source>{label} is {format}; use PNG, JPEG or WebP</source>
        <translation>{label} は {format} 形式です。PNG、JPEG、WebP のいずれかを使ってください</translation>
    </message>
    <message>
        <source>{model} does not support masks</source>
        <translation>{model} はマスクに対応していません</translation>
    </message>
    <message>
        <source>{model} does not support markup-guided edits (GPT Image 2.5 and later do)</source>
        <translation>{model} はマークアップによる編集に対応していません（GPT Image 2.5 以降は対応）</translation>
    </message>
    <message>
        <source>{model} cannot make transparent backgrounds</source>
        <translation>{model} は透明な背景を作成できません</translation>
    </message>
    <message>
        <source>{model} has no complexity setting (GPT Image 2.6 does)</source>
        <translation>{model} には複雑さの設定がありません（GPT Image 2.6 にはあります）</translation>
    </message>
    <message>
        <source>{model} supports quality {qualities}</source>
        <translation>{model} が対応する品質：{qualities}</translation>
    </message>
    <message>
        <source>{model} supports output formats {formats}</source>
        <translation>{model} が対応する出力形式：{formats}</translation>
    </message>
    <message>
        <source>{model} does not stream partial images</source>
        <translation>{model} は途中画像のストリーミングに対応していません</translation>
    </message>
    <message>
        <source>{model} does not accept input_fidelity={value}</source>
        <translation>{model} は input_fidelity={value} を受け付けません</translation>
    </message>
    <message>
        <source>{model} was shut down on {day}; use {instead} instead</source>
        <translation>{model} は {day} に提供終了しました。代わりに {instead} を使ってください</translation>
    </message>
    <message>
        <source>retired by OpenAI on {day}; your provider may still serve it</source>
        <translation>OpenAI により {day} に提供終了。プロバイダーによってはまだ利用できる場合があります</translation>
    </message>
    <message>
        <source>retired on {day} — estimate only</source>
        <translation>{day} に提供終了 — 見積もりのみ</translation>
    </message>
    <message>
        <source>Your default model {model} is no longer available</source>
        <translation>既定のモデル {model} は利用できなくなりました</translation>
    </message>
    <message>
        <source>Your default model {model} was retired on {day}</source>
        <translation>既定のモデル {model} は {day} に提供終了しました</translation>
    </message>
    <message>
        <source>The server says the model {model} is not available; choose another model</source>
        <translation>サーバーによるとモデル {model} は利用できません。別のモデルを選んでください</translation>
    </message>
    <message>
        <source>{model} has been retired; the final uses {final}.</source>
        <translation>{model} は提供終了しました。仕上げには {final} を使います。</translation>
    </message>
    <message>
        <source>{notice}; it is now {instead}.</source>
        <translation>{notice}。今後は {instead} を使います。</translation>
    </message>
    <message>
        <source>its shutdown date</source>
        <translation>提供終了日</translation>
    </message>
    <message>
        <source>The server says {model} is no longer available (OpenAI retired it on {day}); use {instead} instead</source>
        <translation>サーバーによると {model} はもう使えません（OpenAI が {day} に提供を終了）。代わりに {instead} を使ってください</translation>
    </message>
    <message>
        <source>The server says {model} is no longer available; use {instead} instead</source>
        <translation>サーバーによると {model} はもう使えません。代わりに {instead} を使ってください</translation>
    </message>
    <message>
        <source>unknown model {model}; known: {known}</source>
        <translation>不明なモデル {model}。使えるモデル：{known}</translation>
    </message>
    <message>
        <source>unknown model {model}</source>
        <translation>不明なモデル {model}</translation>
    </message>
    <message>
        <source>STUDIO_TODAY must be a date such as 2026-12-01, not {value}; unset it to use the system date</source>
        <translation>STUDIO_TODAY は 2026-12-01 のような日付にしてください（{value} ではなく）。システムの日付を使うには設定を解除してください</translation>
    </message>
    <message>
        <source>size auto is estimated at 1024x1024</source>
        <translation>サイズ auto は 1024x1024 として見積もっています</translation>
    </message>
    <message>
        <source>size auto is estimated at the first image&apos;s size</source>
        <translation>サイズ auto は最初の画像のサイズとして見積もっています</translation>
    </message>
    <message>
        <source>quality auto is budgeted as {quality}; the bill follows usage</source>
        <translation>品質 auto は {quality} として予算計上しています。請求は実際の使用量に従います</translation>
    </message>
    <message>
        <source>{model} has no published token formula: approximate until reconciled</source>
        <translation>{model} にはトークン計算式が公開されていません：照合するまでは概算です</translation>
    </message>
    <message>
        <source>not an image Studio can read (use PNG, JPEG or WebP)</source>
        <translation>Studio で読み込めない画像です（PNG、JPEG、WebP を使ってください）</translation>
    </message>
    <message>
        <source>not a readable image ({reason})</source>
        <translation>読み込めない画像です（{reason}）</translation>
    </message>
    <message>
        <source>damaged or cut short ({reason})</source>
        <translation>破損しているか途中で切れています（{reason}）</translation>
    </message>
    <message>
        <source>The mask is {mask_size} pixels but the image is {image_size}.</source>
        <translation>マスクは {mask_size} ピクセルですが、画像は {image_size} です。</translation>
    </message>
    <message>
        <source>that job has no finished image to finalize</source>
        <translation>このジョブには仕上げられる完成画像がありません</translation>
    </message>
    <message>
        <source>{name} is not an image Studio made</source>
        <translation>{name} は Studio で作成した画像ではありません</translation>
    </message>
    <message>
        <source>no job or file {ref} in the history</source>
        <translation>履歴にジョブまたはファイル {ref} がありません</translation>
    </message>
    <message>
        <source>average of the last {count} paid jobs ({images} images)</source>
        <translation>直近 {count} 件の有料ジョブの平均（{images} 枚）</translation>
    </message>
    <message>
        <source>the current settings&apos; estimate</source>
        <translation>現在の設定での見積もり</translation>
    </message>
    <message>
        <source>no paid jobs yet</source>
        <translation>有料のジョブはまだありません</translation>
    </message>
    <message>
        <source>the system keyring</source>
        <translation>システムのキーチェーン</translation>
    </message>
    <message>
        <source>this session only (not saved)</source>
        <translation>このセッションのみ（保存しない）</translation>
    </message>
    <message>
        <source>the environment variable</source>
        <translation>環境変数</translation>
    </message>
    <message>
        <source>no usable system keyring was found (on Linux install and unlock a Secret Service such as GNOME Keyring or KWallet)</source>
        <translation>使えるシステムのキーチェーンが見つかりません（Linux では GNOME Keyring や KWallet などの Secret Service をインストールしてロックを解除してください）</translation>
    </message>
    <message>
        <source>the keyring backend {name} keeps keys in a plain file, which Studio won&apos;t use</source>
        <translation>キーチェーンのバックエンド {name} はキーを平文のファイルに保存するため、Studio は使いません</translation>
    </message>
    <message>
        <source>cannot read the key: {reason}</source>
        <translation>キーを読み取れません：{reason}</translation>
    </message>
    <message>
        <source>cannot save the key: {reason}</source>
        <translation>キーを保存できません：{reason}</translation>
    </message>
    <message>
        <source>cannot delete the key: {reason}</source>
        <translation>キーを削除できません：{reason}</translation>
    </message>
    <message>
        <source>cannot read the key in the system keyring ({error}); it may be locked</source>
        <translation>システムのキーチェーンからキーを読み取れません（{error}）。ロックされている可能性があります</translation>
    </message>
    <message>
        <source>cannot save the key in the system keyring ({error}); it may be locked</source>
        <translation>システムのキーチェーンにキーを保存できません（{error}）。ロックされている可能性があります</translation>
    </message>
    <message>
        <source>cannot delete the key in the system keyring ({error}); it may be locked</source>
        <translation>システムのキーチェーンからキーを削除できません（{error}）。ロックされている可能性があります</translation>
    </message>
    <message>
        <source>environment variables are read-only; set them in your shell</source>
        <translation>環境変数は読み取り専用です。シェルで設定してください</translation>
    </message>
    <message>
        <source>environment variables are read-only; unset them in your shell</source>
        <translation>環境変数は読み取り専用です。シェルで解除してください</translation>
    </message>
    <message>
        <source>a canvas can only be extended by zero or more pixels per side</source>
        <translation>キャンバスは各辺 0 ピクセル以上でしか拡張できません</translation>
    </message>
    <message>
        <source>an aspect ratio must be positive</source>
        <translation>縦横比は正の値にしてください</translation>
    </message>
    <message>
        <source>an aspect ratio looks like 16:9, not {text}</source>
        <translation>縦横比は 16:9 のように指定してください（{text} は使えません）</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder; choose a folder for the images</source>
        <translation>{folder} はフォルダーではなくファイルです。画像の保存先フォルダーを選んでください</translation>
    </message>
    <message>
        <source>cannot create the folder {folder}: {parent} is a file</source>
        <translation>フォルダー {folder} を作成できません：{parent} はファイルです</translation>
    </message>
    <message>
        <source>cannot create the folder {folder} in {parent}: {reason}</source>
        <translation>{parent} にフォルダー {folder} を作成できません：{reason}</translation>
    </message>
    <message>
        <source>cannot write into {folder}: {reason}</source>
        <translation>{folder} に書き込めません：{reason}</translation>
    </message>
    <message>
        <source>Could not record the job in the data folder {root} ({reason}); nothing was sent.</source>
        <translation>データフォルダー {root} にジョブを記録できませんでした（{reason}）。何も送信していません。</translation>
    </message>
    <message>
        <source>Could not save to the data folder {root} ({reason}); the images received are still delivered but not kept in the history.</source>
        <translation>データフォルダー {root} に保存できませんでした（{reason}）。受信した画像は引き続き表示されますが、履歴には残りません。</translation>
    </message>
</context>
<context>
    <name>Cost</name>
    <message>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
</context>
<context>
    <name>CostController</name>
    <message>
        <source>&amp;Usage Report…</source>
        <translation>使用量レポート(&amp;U)…</translation>
    </message>
    <message>
        <source>Spend by day, model, quality and mode; export CSV</source>
        <translation>日付・モデル・品質・モード別の支出。CSV 書き出し</translation>
    </message>
</context>
<context>
    <name>CostSidebar</name>
    <message>
        <source>Text in</source>
        <translation>テキスト入力</translation>
    </message>
    <message>
        <source>Image in</source>
        <translation>画像入力</translation>
    </message>
    <message>
        <source>Image out</source>
        <translation>画像出力</translation>
    </message>
    <message>
        <source>Partial images</source>
        <translation>途中画像</translation>
    </message>
    <message>
        <source>Next job</source>
        <translation>次のジョブ</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Last job: —</source>
        <translation>前回のジョブ：—</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>節約</translation>
    </message>
    <message>
        <source>&lt;i&gt;tokens&lt;/i&gt;</source>
        <translation>&lt;i&gt;トークン&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;USD&lt;/i&gt;</source>
        <translation>&lt;i&gt;USD&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>予算</translation>
    </message>
    <message>
        <source>Set budget…</source>
        <translation>予算を設定…</translation>
    </message>
    <message>
        <source>As a batch: {cost} (½ price, within 24 h)</source>
        <translation>バッチの場合：{cost}（半額、24 時間以内）</translation>
    </message>
    <message>
        <source>cached — $0</source>
        <translation>キャッシュ済み — $0</translation>
    </message>
    <message>
        <source>{approx}{cost} · {tokens} tokens</source>
        <translation>{approx}{cost} · {tokens} トークン</translation>
    </message>
    <message>
        <source>Focused edit (sent at {0}): {1}</source>
        <translation>部分編集（{0} で送信）：{1}</translation>
    </message>
    <message>
        <source>Full frame ({0}×{1}): {2}</source>
        <translation>全体（{0}×{1}）：{2}</translation>
    </message>
    <message>
        <source>Tools ▸ Focused edit sends the crop.</source>
        <translation>ツール ▸ 部分編集 では切り抜いた範囲を送信します。</translation>
    </message>
    <message>
        <source>{count} job</source>
        <translation>{count} 件のジョブ</translation>
    </message>
    <message>
        <source>{count} jobs</source>
        <translation>{count} 件のジョブ</translation>
    </message>
    <message>
        <source>{count} image</source>
        <translation>{count} 枚の画像</translation>
    </message>
    <message>
        <source>{count} images</source>
        <translation>{count} 枚の画像</translation>
    </message>
    <message>
        <source>Session: {cost} · {jobs} · {images}</source>
        <translation>セッション：{cost} · {jobs} · {images}</translation>
    </message>
    <message>
        <source>Today: {cost}</source>
        <translation>今日：{cost}</translation>
    </message>
    <message>
        <source>This month: {cost}</source>
        <translation>今月：{cost}</translation>
    </message>
    <message>
        <source>{model} rates per 1M tokens: text in {text_in}, image in {image_in}, image out {image_out} — as of {as_of} ({source})</source>
        <translation>{model} の 100 万トークンあたりの料金：テキスト入力 {text_in}、画像入力 {image_in}、画像出力 {image_out} — {as_of} 時点（{source}）</translation>
    </message>
    <message>
        <source>Last job: cached — $0 ({label})</source>
        <translation>前回のジョブ：キャッシュ済み — $0（{label}）</translation>
    </message>
    <message>
        <source>Last job: not sent (budget cap) — $0</source>
        <translation>前回のジョブ：未送信（予算の上限）— $0</translation>
    </message>
    <message>
        <source>Last job: failed — {cost} billed</source>
        <translation>前回のジョブ：失敗 — {cost} 課金</translation>
    </message>
    <message>
        <source>failed, billed</source>
        <translation>失敗、課金済み</translation>
    </message>
    <message>
        <source>billed</source>
        <translation>課金済み</translation>
    </message>
    <message>
        <source> (≈: the SVG author&apos;s rates are not published)</source>
        <translation>（≈：SVG 作成モデルの料金は非公開）</translation>
    </message>
    <message>
        <source>Last job: {cost} {state} · {tokens_in} in + {tokens_out} out tokens</source>
        <translation>前回のジョブ：{cost} {state} · 入力 {tokens_in} + 出力 {tokens_out} トークン</translation>
    </message>
    <message>
        <source>{spent} of {cap} today ({percent})</source>
        <translation>今日 {spent} / {cap}（{percent}）</translation>
    </message>
    <message>
        <source>{spent} today · no cap</source>
        <translation>今日 {spent} · 上限なし</translation>
    </message>
    <message>
        <source>{spent} of {cap} this month ({percent})</source>
        <translation>今月 {spent} / {cap}（{percent}）</translation>
    </message>
    <message>
        <source>{spent} this month · no cap</source>
        <translation>今月 {spent} · 上限なし</translation>
    </message>
    <message>
        <source>A job that would cross a cap: Studio asks before sending it. Warning at {percent}.</source>
        <translation>上限を超えるジョブ：Studio は送信前に確認します。{percent} で警告します。</translation>
    </message>
    <message>
        <source>A job that would cross a cap: Studio refuses sending it. Warning at {percent}.</source>
        <translation>上限を超えるジョブ：Studio は送信を拒否します。{percent} で警告します。</translation>
    </message>
    <message>
        <source>{count} hit</source>
        <translation>{count} 件のヒット</translation>
    </message>
    <message>
        <source>{count} hits</source>
        <translation>{count} 件のヒット</translation>
    </message>
    <message>
        <source>Cache: {hits} served at $0 instead of {cost}.</source>
        <translation>キャッシュ：{hits}を $0 で提供（本来 {cost}）。</translation>
    </message>
    <message>
        <source>Drafts then final: {saved} saved on {finalized} finalized; every draft at final quality would have cost {alternative}, drafts + finals cost {actual}.</source>
        <translation>ドラフトから仕上げ：{finalized} 件の仕上げで {saved} 節約。すべてのドラフトを最終品質で作ると {alternative}、ドラフト + 仕上げの実費は {actual}。</translation>
    </message>
    <message>
        <source>Nothing saved yet this month.</source>
        <translation>今月はまだ節約がありません。</translation>
    </message>
    <message>
        <source>This month: {cost} saved.</source>
        <translation>今月：{cost} 節約。</translation>
    </message>
</context>
<context>
    <name>CostState</name>
    <message>
        <source>Reading the picture…</source>
        <translation>画像を読み込んでいます…</translation>
    </message>
</context>
<context>
    <name>DayBars</name>
    <message>
        <source>No spend yet</source>
        <translation>まだ支出はありません</translation>
    </message>
</context>
<context>
    <name>DefaultsPage</name>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>品質</translation>
    </message>
    <message>
        <source>Images per request</source>
        <translation>1 リクエストあたりの枚数</translation>
    </message>
    <message>
        <source>Partial previews</source>
        <translation>途中プレビュー</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>ファイル形式</translation>
    </message>
    <message>
        <source>Drafts per round</source>
        <translation>1 回あたりのドラフト数</translation>
    </message>
    <message>
        <source>Draft quality</source>
        <translation>ドラフトの品質</translation>
    </message>
    <message>
        <source>Final quality</source>
        <translation>仕上げの品質</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>Gallery</source>
        <translation>ギャラリー</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
</context>
<context>
    <name>DraftsController</name>
    <message>
        <source>Drafts</source>
        <translation>ドラフト</translation>
    </message>
    <message>
        <source>Cheap low-quality drafts of this prompt (Ctrl+Shift+Enter)</source>
        <translation>このプロンプトで低品質のドラフトを安く作成 (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <source>These drafts are already running: nothing new was sent</source>
        <translation>これらのドラフトはすでに実行中です。新たには送信していません</translation>
    </message>
    <message>
        <source>Draft {index}/{count}</source>
        <translation>ドラフト {index}/{count}</translation>
    </message>
    <message>
        <source>{count} drafts at {quality}, {size}</source>
        <translation>ドラフト {count} 枚、{quality}、{size}</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>概算</translation>
    </message>
    <message>
        <source>This final is already running: nothing new was sent</source>
        <translation>この仕上げはすでに実行中です。新たには送信していません</translation>
    </message>
    <message>
        <source>Finalize ({quality})</source>
        <translation>仕上げ（{quality}）</translation>
    </message>
    <message>
        <source>Use as Canvas</source>
        <translation>キャンバスとして使う</translation>
    </message>
    <message>
        <source>Result is now the canvas: paint a mask for the next edit</source>
        <translation>結果がキャンバスになりました。次の編集用にマスクを描いてください</translation>
    </message>
    <message>
        <source>Restore Version</source>
        <translation>バージョンを復元</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>分岐</translation>
    </message>
    <message>
        <source>Preparing the picture for upload… the drafts start next</source>
        <translation>アップロード用に画像を準備しています…このあとドラフトを開始します</translation>
    </message>
    <message>
        <source>Could not prepare the picture; nothing was sent: {error}</source>
        <translation>画像を準備できませんでした。何も送信していません：{error}</translation>
    </message>
    <message>
        <source>Before / after</source>
        <translation>ビフォー / アフター</translation>
    </message>
</context>
<context>
    <name>EdgeOptions</name>
    <message>
        <source>Mask edge</source>
        <translation>マスクの境界</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>How softly the result fades into the picture</source>
        <translation>結果を画像になじませる柔らかさ</translation>
    </message>
    <message>
        <source>Feather</source>
        <translation>境界のぼかし</translation>
    </message>
    <message>
        <source>Grow</source>
        <translation>拡張</translation>
    </message>
    <message>
        <source>Shrink</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Widen the painted area by this many pixels (undoable)</source>
        <translation>塗った範囲をこのピクセル数だけ広げる（元に戻せます）</translation>
    </message>
    <message>
        <source>Narrow the painted area by this many pixels (undoable)</source>
        <translation>塗った範囲をこのピクセル数だけ狭める（元に戻せます）</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Show the blended edge</source>
        <translation>なじませた境界を表示</translation>
    </message>
    <message>
        <source>Masked edits</source>
        <translation>マスク編集</translation>
    </message>
    <message>
        <source>Blend colours into the picture</source>
        <translation>色を画像になじませる</translation>
    </message>
    <message>
        <source>Match the new area&apos;s colour and tone to what surrounds it, so no seam shows</source>
        <translation>新しい範囲の色とトーンを周囲に合わせ、継ぎ目を目立たなくします</translation>
    </message>
    <message>
        <source>Focused edit</source>
        <translation>部分編集</translation>
    </message>
    <message>
        <source>Send only the area around the mask: more detail for less. Drag the box&apos;s frame on the canvas to move it.</source>
        <translation>マスクの周囲だけを送信：より細かく、より安く。キャンバス上の枠をドラッグすると移動できます。</translation>
    </message>
    <message>
        <source>How much of the picture around the mask is sent</source>
        <translation>マスクの周囲をどれだけ含めて送るか</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>周囲の範囲</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Unexpected error</source>
        <translation>予期しないエラー</translation>
    </message>
    <message>
        <source>Your work is still open. Details are below.</source>
        <translation>作業内容は開いたままです。詳細は以下のとおりです。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Result</source>
        <translation>結果を書き出す</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>品質</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Cannot export: {error}</source>
        <translation>書き出せません：{error}</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>Extend Canvas</source>
        <translation>キャンバスを拡張</translation>
    </message>
    <message>
        <source>The picture is {0} × {1} pixels.</source>
        <translation>画像は {0} × {1} ピクセルです。</translation>
    </message>
    <message>
        <source>Pixels per side</source>
        <translation>各辺のピクセル数</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>形</translation>
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
        <translation>カスタム</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Add pixels on at least one side.</source>
        <translation>少なくとも 1 辺にピクセルを追加してください。</translation>
    </message>
    <message>
        <source>This cannot be sent: {0}</source>
        <translation>送信できません：{0}</translation>
    </message>
    <message>
        <source>New canvas: {0} × {1} (sent at {2} × {3}).</source>
        <translation>新しいキャンバス：{0} × {1}（{2} × {3} で送信）。</translation>
    </message>
    <message>
        <source>The new border is filled by the next edit.</source>
        <translation>新しい余白は次の編集で埋められます。</translation>
    </message>
</context>
<context>
    <name>FinalizeDialog</name>
    <message>
        <source>Finalize Draft</source>
        <translation>ドラフトを仕上げる</translation>
    </message>
    <message>
        <source>Edit from the draft (keeps its composition; a masked draft re-renders only its mask)</source>
        <translation>ドラフトから編集（構図を保持。マスク付きのドラフトはマスク部分だけを再レンダリング）</translation>
    </message>
    <message>
        <source>Regenerate from the prompt (new composition)</source>
        <translation>プロンプトから再生成（新しい構図）</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>品質</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Cannot send: {reason}</source>
        <translation>送信できません：{reason}</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>仕上げる</translation>
    </message>
    <message>
        <source>Estimated cost: {cost}</source>
        <translation>見積もりコスト：{cost}</translation>
    </message>
    <message>
        <source>Finalize ({cost})</source>
        <translation>仕上げる（{cost}）</translation>
    </message>
</context>
<context>
    <name>FinalizeFor</name>
    <message>
        <source>Match canvas ({size})</source>
        <translation>キャンバスと同じ ({size})</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>&lt;h2&gt;Welcome to Image Studio&lt;/h2&gt;&lt;p&gt;To create images with OpenAI&apos;s GPT Image models, paste your API key below (create one at &lt;a href=&apos;https://platform.openai.com/api-keys&apos;&gt;platform.openai.com&lt;/a&gt;). Images are billed to your OpenAI account.&lt;/p&gt;&lt;p&gt;Just looking around? &lt;b&gt;Demo mode&lt;/b&gt; works offline with a built-in simulator and costs nothing.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Image Studio へようこそ&lt;/h2&gt;&lt;p&gt;OpenAI の GPT Image モデルで画像を作成するには、下に API キーを貼り付けてください（キーは &lt;a href=&apos;https://platform.openai.com/api-keys&apos;&gt;platform.openai.com&lt;/a&gt; で作成できます）。画像の料金はあなたの OpenAI アカウントに請求されます。&lt;/p&gt;&lt;p&gt;まずは試してみたい場合は、&lt;b&gt;デモモード&lt;/b&gt;なら内蔵シミュレーターでオフラインで動作し、料金はかかりません。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Welcome to Image Studio</source>
        <translation>Image Studio へようこそ</translation>
    </message>
    <message>
        <source>Paste your API key (sk-…)</source>
        <translation>API キーを貼り付け (sk-…)</translation>
    </message>
    <message>
        <source>Keep the key for this session only</source>
        <translation>このセッションだけキーを保持する</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>あとで</translation>
    </message>
    <message>
        <source>Start in demo mode</source>
        <translation>デモモードで開始</translation>
    </message>
    <message>
        <source>Save key and continue</source>
        <translation>キーを保存して続ける</translation>
    </message>
    <message>
        <source>Continue anyway</source>
        <translation>このまま続ける</translation>
    </message>
    <message>
        <source>Paste your API key first, or start in demo mode.</source>
        <translation>先に API キーを貼り付けるか、デモモードで開始してください。</translation>
    </message>
    <message>
        <source>Saving the key…</source>
        <translation>キーを保存しています…</translation>
    </message>
    <message>
        <source>Key kept in {place}. Checking it…</source>
        <translation>キーを{place}に保存しました。確認しています…</translation>
    </message>
    <message>
        <source>✘ The check did not pass: {reason}&lt;br&gt;The key is kept; you can change it later in Settings.</source>
        <translation>✘ 確認に失敗しました：{reason}&lt;br&gt;キーは保持されています。あとで設定から変更できます。</translation>
    </message>
</context>
<context>
    <name>GalleryDelegate</name>
    <message>
        <source>queued</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>streaming…</source>
        <translation>受信中…</translation>
    </message>
</context>
<context>
    <name>GalleryItem</name>
    <message>
        <source>{model} · quality {quality} · {size}</source>
        <translation>{model} · 品質 {quality} · {size}</translation>
    </message>
    <message>
        <source>Cost {cost} · time {time}</source>
        <translation>コスト {cost} · 時間 {time}</translation>
    </message>
</context>
<context>
    <name>GalleryModel</name>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>no image returned</source>
        <translation>画像が返されませんでした</translation>
    </message>
</context>
<context>
    <name>GalleryView</name>
    <message>
        <source>Open Full View</source>
        <translation>大きく表示</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>スター</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>Remove from Gallery</source>
        <translation>ギャラリーから削除</translation>
    </message>
    <message>
        <source>Compare Two Side by Side</source>
        <translation>2 枚を並べて比較</translation>
    </message>
    <message>
        <source>Before/After with Canvas</source>
        <translation>キャンバスとビフォー/アフター</translation>
    </message>
    <message>
        <source>Finalize…</source>
        <translation>仕上げる…</translation>
    </message>
    <message>
        <source>Use as Canvas</source>
        <translation>キャンバスとして使う</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>書き出す…</translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation>画像をコピー</translation>
    </message>
    <message>
        <source>Reveal in Folder</source>
        <translation>フォルダーに表示</translation>
    </message>
    <message>
        <source>Compare results</source>
        <translation>結果を比較</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>Image Studio&apos;s data folder</source>
        <translation>Image Studio のデータフォルダー</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムに従う</translation>
    </message>
    <message>
        <source>Applies the next time Image Studio starts</source>
        <translation>次回 Image Studio の起動時に適用されます</translation>
    </message>
    <message>
        <source>Reuse the result of an identical request (free)</source>
        <translation>同一リクエストの結果を再利用（無料）</translation>
    </message>
    <message>
        <source>Keep pixels outside the mask exactly as they were</source>
        <translation>マスク外のピクセルを元のまま完全に保持する</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Send an anonymous identifier of this installation with every request</source>
        <translation>リクエストごとにこのインストールの匿名 ID を送信する</translation>
    </message>
    <message>
        <source>OpenAI uses it to tell abuse from one installation apart from the rest of your organisation. It is a hash of a random number, never your name.</source>
        <translation>OpenAI はこれを使って、あるインストールからの不正利用を組織内のほかの利用と区別します。乱数のハッシュであり、名前が送られることはありません。</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>出力フォルダー</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>リクエストのタイムアウト</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>キャッシュ</translation>
    </message>
    <message>
        <source>Masked edits</source>
        <translation>マスク編集</translation>
    </message>
    <message>
        <source>Mask edge feather</source>
        <translation>マスク境界のぼかし</translation>
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
        <translation>プロンプト</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>ジョブ</translation>
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
        <translation>このプロンプトと設定でジョブを開始 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop the job shown in the preview (Esc)</source>
        <translation>プレビューに表示中のジョブを停止 (Esc)</translation>
    </message>
    <message>
        <source>Could not prepare the picture</source>
        <translation>画像を準備できませんでした</translation>
    </message>
    <message>
        <source>Nothing was sent: {error}</source>
        <translation>何も送信していません：{error}</translation>
    </message>
    <message>
        <source>This exact request is already running: nothing new was sent.</source>
        <translation>まったく同じリクエストがすでに実行中です。新たには送信していません。</translation>
    </message>
    <message>
        <source>Preparing the picture for upload… the job starts next</source>
        <translation>アップロード用に画像を準備しています…このあとジョブを開始します</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>送信していません。</translation>
    </message>
    <message>
        <source>final {index} of {count}</source>
        <translation>仕上げ {index} / {count}</translation>
    </message>
    <message>
        <source>final</source>
        <translation>仕上げ</translation>
    </message>
    <message>
        <source>Settings saved. Retrying…</source>
        <translation>設定を保存しました。再試行しています…</translation>
    </message>
    <message>
        <source>last partial</source>
        <translation>最後の途中画像</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>✕ Failed</source>
        <translation>✕ 失敗</translation>
    </message>
    <message>
        <source>⊘ Cancelled</source>
        <translation>⊘ キャンセル済み</translation>
    </message>
    <message>
        <source>… Running</source>
        <translation>… 実行中</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Make this version the canvas</source>
        <translation>このバージョンをキャンバスにする</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>分岐</translation>
    </message>
    <message>
        <source>Start again from this version&apos;s input and mask</source>
        <translation>このバージョンの入力画像とマスクからやり直す</translation>
    </message>
    <message>
        <source>Restore Mask</source>
        <translation>マスクを復元</translation>
    </message>
</context>
<context>
    <name>InvertMaskCommand</name>
    <message>
        <source>Invert Mask</source>
        <translation>マスクを反転</translation>
    </message>
</context>
<context>
    <name>JobList</name>
    <message>
        <source>Job</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>レート制限中</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>再試行中</translation>
    </message>
    <message>
        <source>{reason}: retry in {seconds} s</source>
        <translation>{reason}：{seconds} 秒後に再試行</translation>
    </message>
    <message>
        <source>running · partial {index} of {count}</source>
        <translation>実行中 · 途中画像 {index} / {count}</translation>
    </message>
    <message>
        <source> (cached)</source>
        <translation>（キャッシュ済み）</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>failed: {reason}</source>
        <translation>失敗：{reason}</translation>
    </message>
    <message>
        <source>Queued: waiting for a free slot…</source>
        <translation>待機中：空きを待っています…</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>レート制限中</translation>
    </message>
    <message>
        <source>Could not reach the server</source>
        <translation>サーバーに接続できません</translation>
    </message>
    <message>
        <source>{waiting}: retrying in {seconds} s (attempt {attempt}). Esc cancels.</source>
        <translation>{waiting}：{seconds} 秒後に再試行（{attempt} 回目）。Esc でキャンセル。</translation>
    </message>
    <message>
        <source> · partial {index} of {count}</source>
        <translation> · 途中画像 {index} / {count}</translation>
    </message>
    <message>
        <source>Rendering… {elapsed}</source>
        <translation>レンダリング中… {elapsed}</translation>
    </message>
    <message>
        <source>Served from the cache in {elapsed} · {cost}</source>
        <translation>キャッシュから {elapsed} で提供 · {cost}</translation>
    </message>
    <message>
        <source>Done in {elapsed} · {cost}</source>
        <translation>{elapsed} で完了 · {cost}</translation>
    </message>
    <message>
        <source>Cancelled after {elapsed} · {cost}</source>
        <translation>{elapsed} 後にキャンセル · {cost}</translation>
    </message>
    <message>
        <source>Failed after {elapsed} · {cost}</source>
        <translation>{elapsed} 後に失敗 · {cost}</translation>
    </message>
    <message>
        <source>Cancel this job</source>
        <translation>このジョブをキャンセル</translation>
    </message>
</context>
<context>
    <name>JobWorker</name>
    <message>
        <source>no result</source>
        <translation>結果なし</translation>
    </message>
</context>
<context>
    <name>JobsState</name>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
</context>
<context>
    <name>KeyField</name>
    <message>
        <source>Paste an API key (sk-…)</source>
        <translation>API キーを貼り付け (sk-…)</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>キーを削除</translation>
    </message>
    <message>
        <source>Looking for a saved key…</source>
        <translation>保存済みのキーを探しています…</translation>
    </message>
    <message>
        <source>A key is set (from {source}).</source>
        <translation>キーが設定されています（{source}）。</translation>
    </message>
    <message>
        <source>No key yet.</source>
        <translation>キーはまだありません。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation>画像(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Mask</source>
        <translation>マスク(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>パネル(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;New Canvas…</source>
        <translation>新規キャンバス(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Image…</source>
        <translation>画像を開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Paste Image</source>
        <translation>画像を貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Import Mask…</source>
        <translation>マスクを読み込む(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export Mask…</source>
        <translation>マスクを書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>E&amp;xport Image…</source>
        <translation>画像を書き出す(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the canvas picture as PNG, JPEG or WebP</source>
        <translation>キャンバスの画像を PNG、JPEG、WebP で保存</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>レイアウトをリセット(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Image Studio</source>
        <translation>Image Studio について(&amp;A)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>デモ</translation>
    </message>
    <message>
        <source>Demo mode: a built-in emulator answers; nothing is billed</source>
        <translation>デモモード：内蔵エミュレーターが応答します。課金はありません</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>デモ</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>Dropped image</source>
        <translation>ドロップした画像</translation>
    </message>
</context>
<context>
    <name>MarkupController</name>
    <message>
        <source>Paint a mask: the edit changes only there</source>
        <translation>マスクを描く：編集はその範囲だけを変更します</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>マスク</translation>
    </message>
    <message>
        <source>Draw marks that guide the edit; the mask is not sent then</source>
        <translation>編集を導く印を描く。このときマスクは送信されません</translation>
    </message>
    <message>
        <source>Markup</source>
        <translation>マークアップ</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>Remove every mark</source>
        <translation>すべての印を削除</translation>
    </message>
    <message>
        <source>Pen</source>
        <translation>ペン</translation>
    </message>
    <message>
        <source>Draw freehand</source>
        <translation>フリーハンドで描く</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>矢印</translation>
    </message>
    <message>
        <source>Drag an arrow</source>
        <translation>ドラッグして矢印を描く</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>ボックス</translation>
    </message>
    <message>
        <source>Drag a rectangle outline</source>
        <translation>ドラッグして矩形の枠を描く</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>楕円</translation>
    </message>
    <message>
        <source>Drag an ellipse outline</source>
        <translation>ドラッグして楕円の枠を描く</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Click to place the label text</source>
        <translation>クリックしてラベルのテキストを配置</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>消しゴム</translation>
    </message>
    <message>
        <source>Rub marks out</source>
        <translation>印をこすって消す</translation>
    </message>
</context>
<context>
    <name>MarkupLayer</name>
    <message>
        <source>Clear Markup</source>
        <translation>マークアップを消去</translation>
    </message>
</context>
<context>
    <name>MarkupPanel</name>
    <message>
        <source>Markup</source>
        <translation>マークアップ</translation>
    </message>
    <message>
        <source>Colour of new marks</source>
        <translation>新しい印の色</translation>
    </message>
    <message>
        <source>Line width in picture pixels; labels grow with it</source>
        <translation>線の太さ（画像のピクセル単位）。ラベルもそれに合わせて大きくなります</translation>
    </message>
    <message>
        <source>Colour, width</source>
        <translation>色、太さ</translation>
    </message>
    <message>
        <source>Text for the label tool, e.g. “add a hat”</source>
        <translation>ラベルツールのテキスト（例：「帽子を追加」）</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Marks guide the edit instead of a mask: while Markup is on, the mask is not sent. Right-drag rubs marks out. The marks are sent as a transparent PNG.</source>
        <translation>印はマスクの代わりに編集を導きます：マークアップがオンの間、マスクは送信されません。右ドラッグで印を消せます。印は透明な PNG として送信されます。</translation>
    </message>
    <message>
        <source>Markup Colour</source>
        <translation>マークアップの色</translation>
    </message>
</context>
<context>
    <name>MarkupPointer</name>
    <message>
        <source>Erase Markup</source>
        <translation>マークアップを消す</translation>
    </message>
    <message>
        <source>Pen Stroke</source>
        <translation>ペンのストローク</translation>
    </message>
    <message>
        <source>Text Label</source>
        <translation>テキストラベル</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>矢印</translation>
    </message>
    <message>
        <source>Markup Rectangle</source>
        <translation>マークアップの矩形</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>楕円</translation>
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
        <translation>横長 1536 × 1024</translation>
    </message>
    <message>
        <source>Portrait 1024 × 1536</source>
        <translation>縦長 1024 × 1536</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <source>New Canvas</source>
        <translation>新規キャンバス</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>幅</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高さ</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
</context>
<context>
    <name>ParamsForm</name>
    <message>
        <source>Frames in the animation (2 to 16)</source>
        <translation>アニメーションのフレーム数（2〜16）</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ミリ秒</translation>
    </message>
    <message>
        <source>How long each frame shows, rounded to 10 ms</source>
        <translation>各フレームの表示時間（10 ミリ秒単位に丸め）</translation>
    </message>
    <message>
        <source>account default</source>
        <translation>アカウントの既定</translation>
    </message>
    <message>
        <source>The model that writes the SVG from the rendered image</source>
        <translation>レンダリングした画像から SVG を書き起こすモデル</translation>
    </message>
    <message>
        <source>default</source>
        <translation>既定</translation>
    </message>
    <message>
        <source>How much the SVG author reasons; more costs more tokens</source>
        <translation>SVG 作成モデルの推論量。多いほどトークンを使います</translation>
    </message>
    <message>
        <source>GIF frames</source>
        <translation>GIF のフレーム</translation>
    </message>
    <message>
        <source>Frame duration</source>
        <translation>フレームの長さ</translation>
    </message>
    <message>
        <source>SVG author</source>
        <translation>SVG 作成モデル</translation>
    </message>
    <message>
        <source>SVG effort</source>
        <translation>SVG の推論量</translation>
    </message>
    <message>
        <source>Choose an SVG author model to set its effort</source>
        <translation>推論量を設定するには SVG 作成モデルを選んでください</translation>
    </message>
    <message>
        <source>%1 output arrives whole: no partial images</source>
        <translation>%1 出力は一度に届きます：途中画像はありません</translation>
    </message>
    <message>
        <source>SVG output makes one image per request</source>
        <translation>SVG 出力は 1 リクエストにつき 1 枚です</translation>
    </message>
    <message>
        <source>Preset…</source>
        <translation>プリセット…</translation>
    </message>
    <message>
        <source>The default: any size, fast and dependable; quality up to high.</source>
        <translation>既定のモデル：任意のサイズに対応し、速くて安定。品質は「高」まで。</translation>
    </message>
    <message>
        <source>2.5 line: adds xhigh and max quality and markup edits. OpenAI has not published how Sunburst and Flare differ: same sizes and prices, so compare both with Drafts.</source>
        <translation>2.5 系：品質「非常に高」「最高」とマークアップ編集に対応。Sunburst と Flare の違いは OpenAI が公表していません。サイズも価格も同じなので、ドラフトで両方を比べてください。</translation>
    </message>
    <message>
        <source>2.5 line, sibling of Sunburst: xhigh and max quality, markup edits. OpenAI has not published how Flare and Sunburst differ: same sizes and prices, so compare both with Drafts.</source>
        <translation>2.5 系、Sunburst の兄弟モデル：品質「非常に高」「最高」、マークアップ編集に対応。Flare と Sunburst の違いは OpenAI が公表していません。サイズも価格も同じなので、ドラフトで両方を比べてください。</translation>
    </message>
    <message>
        <source>Latest line; OpenAI&apos;s image tool default. Token use at low and medium quality is reported 3-4x the 2.5 figures, so estimates are approximate until the first result.</source>
        <translation>最新の系列。OpenAI の画像ツールの既定モデル。品質「低」「中」のトークン使用量は 2.5 の 3〜4 倍と報告されているため、最初の結果が出るまで見積もりは概算です。</translation>
    </message>
    <message>
        <source>Latest line, sibling of 2.6 Sunburst; differences unpublished. Estimates are approximate until the first result.</source>
        <translation>最新の系列、2.6 Sunburst の兄弟モデル。違いは未公表です。最初の結果が出るまで見積もりは概算です。</translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation>サムネイル</translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation>アバター</translation>
    </message>
    <message>
        <source>Social post (4:5)</source>
        <translation>SNS 投稿 (4:5)</translation>
    </message>
    <message>
        <source>Blog header (16:9)</source>
        <translation>ブログのヘッダー (16:9)</translation>
    </message>
    <message>
        <source>Hero banner (2.35:1)</source>
        <translation>ヒーローバナー (2.35:1)</translation>
    </message>
    <message>
        <source>Print A4 (portrait)</source>
        <translation>A4 印刷（縦）</translation>
    </message>
    <message>
        <source>Portfolio (4:3)</source>
        <translation>ポートフォリオ (4:3)</translation>
    </message>
    <message>
        <source>Which GPT Image model renders the image</source>
        <translation>画像をレンダリングする GPT Image モデル</translation>
    </message>
    <message>
        <source>Sets size and quality for a common use</source>
        <translation>よく使う用途に合わせてサイズと品質を設定</translation>
    </message>
    <message>
        <source>Higher quality costs more output tokens</source>
        <translation>品質が高いほど出力トークンが増え、コストが上がります</translation>
    </message>
    <message>
        <source>How many images one request makes</source>
        <translation>1 回のリクエストで作る画像の枚数</translation>
    </message>
    <message>
        <source>Transparent needs PNG or WebP output</source>
        <translation>透明にするには PNG または WebP 出力が必要です</translation>
    </message>
    <message>
        <source>The file format the API returns</source>
        <translation>API が返すファイル形式</translation>
    </message>
    <message>
        <source>JPEG/WebP only</source>
        <translation>JPEG/WebP のみ</translation>
    </message>
    <message>
        <source>How strict the safety filter is</source>
        <translation>安全フィルターの厳しさ</translation>
    </message>
    <message>
        <source>How closely edits keep the input</source>
        <translation>編集時に入力画像をどれだけ忠実に保つか</translation>
    </message>
    <message>
        <source>Scene complexity (newer models)</source>
        <translation>シーンの複雑さ（新しいモデル）</translation>
    </message>
    <message>
        <source>Previews streamed while it renders</source>
        <translation>レンダリング中に送られるプレビュー</translation>
    </message>
    <message>
        <source>Effort spent planning the image, apart from quality</source>
        <translation>品質とは別に、画像の構成に費やす労力</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>品質</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>枚数</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Compression</source>
        <translation>圧縮</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>モデレーション</translation>
    </message>
    <message>
        <source>Input fidelity</source>
        <translation>入力の忠実度</translation>
    </message>
    <message>
        <source>Complexity</source>
        <translation>複雑さ</translation>
    </message>
    <message>
        <source>Partial images</source>
        <translation>途中画像</translation>
    </message>
    <message>
        <source>Compression applies to JPEG or WebP output, not {format}.</source>
        <translation>圧縮は JPEG または WebP 出力にのみ適用されます（{format} には適用されません）。</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>Refused by the safety system</source>
        <translation>安全システムにより拒否されました</translation>
    </message>
    <message>
        <source>Still rate limited</source>
        <translation>レート制限が続いています</translation>
    </message>
    <message>
        <source>The stream was cut off</source>
        <translation>ストリームが途中で切れました</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be used</source>
        <translation>サーバーの応答を使用できません</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>時間内に応答がありません</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>接続の問題</translation>
    </message>
    <message>
        <source>Check the highlighted setting</source>
        <translation>強調表示された設定を確認してください</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>API キーがありません</translation>
    </message>
    <message>
        <source>API key rejected</source>
        <translation>API キーが拒否されました</translation>
    </message>
    <message>
        <source>Out of credit</source>
        <translation>クレジット不足</translation>
    </message>
    <message>
        <source>Over your budget</source>
        <translation>予算超過</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>許可されていません</translation>
    </message>
    <message>
        <source>Connection refused for safety</source>
        <translation>安全のため接続を拒否しました</translation>
    </message>
    <message>
        <source>The job failed</source>
        <translation>ジョブが失敗しました</translation>
    </message>
    <message>
        <source> Partial {index} of {count} is shown and saved.</source>
        <translation> 途中画像 {index} / {count} を表示・保存しています。</translation>
    </message>
    <message>
        <source> Cost: {cost}.</source>
        <translation> コスト：{cost}。</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Enter API key…</source>
        <translation>API キーを入力…</translation>
    </message>
    <message>
        <source>Switch to demo mode</source>
        <translation>デモモードに切り替え</translation>
    </message>
    <message>
        <source>No image yet: write a prompt and press Ctrl+Enter.</source>
        <translation>まだ画像がありません。プロンプトを入力して Ctrl+Enter。</translation>
    </message>
    <message>
        <source>partial {index} of {count}</source>
        <translation>途中画像 {index} / {count}</translation>
    </message>
    <message>
        <source>final</source>
        <translation>仕上げ</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Describe the image you want.</source>
        <translation>作りたい画像を説明してください。</translation>
    </message>
    <message>
        <source>A mask needs a picture on the canvas: open one first.</source>
        <translation>マスクにはキャンバス上の画像が必要です。先に画像を開いてください。</translation>
    </message>
    <message>
        <source>Markup and a painted mask cannot be used together: clear one of them.</source>
        <translation>マークアップと描いたマスクは併用できません。どちらかを消去してください。</translation>
    </message>
    <message>
        <source>This setting cannot be used.</source>
        <translation>この設定は使用できません。</translation>
    </message>
</context>
<context>
    <name>PromptPanel</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>画像 (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <source>Describe the image, or the change to make…</source>
        <translation>画像、または加えたい変更を説明…</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>最近の入力</translation>
    </message>
    <message>
        <source>Reuse a prompt from an earlier job</source>
        <translation>以前のジョブのプロンプトを再利用</translation>
    </message>
    <message>
        <source>Add reference…</source>
        <translation>参照画像を追加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Keep unmasked pixels</source>
        <translation>マスク外のピクセルを保持</translation>
    </message>
    <message>
        <source>The API may repaint outside the mask; this puts the original back outside it (the raw result is kept too)</source>
        <translation>API はマスクの外側も描き直すことがあります。この設定はマスク外を元の画像に戻します（元の出力も保存されます）</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>その他のオプション</translation>
    </message>
    <message>
        <source>Background, format, moderation, partial previews, mask edges, references</source>
        <translation>背景、形式、モデレーション、途中プレビュー、マスクの境界、参照画像</translation>
    </message>
    <message>
        <source>Reference images</source>
        <translation>参照画像</translation>
    </message>
    <message>
        <source>At most {count} images in all (the canvas counts as one).</source>
        <translation>画像は合計 {count} 枚までです（キャンバスも 1 枚に数えます）。</translation>
    </message>
    <message>
        <source>Could not read {name}: {reason}</source>
        <translation>{name} を読み込めません：{reason}</translation>
    </message>
    <message>
        <source>Generate: no picture on the canvas, so a new one is made.</source>
        <translation>生成：キャンバスに画像がないので、新しく作成します。</translation>
    </message>
    <message>
        <source>Edit: the canvas picture, guided by your markup (no mask is sent).</source>
        <translation>編集：キャンバスの画像を、マークアップに沿って変更します（マスクは送信しません）。</translation>
    </message>
    <message>
        <source>Edit: the canvas picture, changing the painted mask.</source>
        <translation>編集：キャンバスの画像の、描いたマスクの範囲を変更します。</translation>
    </message>
    <message>
        <source>Edit: the whole canvas picture (paint a mask to limit it).</source>
        <translation>編集：キャンバスの画像全体（マスクを描くと範囲を限定できます）。</translation>
    </message>
    <message>
        <source>Plus 1 reference image.</source>
        <translation>ほかに参照画像 1 枚。</translation>
    </message>
    <message>
        <source>Plus {0} reference images.</source>
        <translation>ほかに参照画像 {0} 枚。</translation>
    </message>
    <message>
        <source>No earlier prompts</source>
        <translation>以前のプロンプトはありません</translation>
    </message>
    <message>
        <source>Add reference images</source>
        <translation>参照画像を追加</translation>
    </message>
</context>
<context>
    <name>ProviderPage</name>
    <message>
        <source>OpenAI-compatible server</source>
        <translation>OpenAI 互換サーバー</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Keep the key for this session only</source>
        <translation>このセッションだけキーを保持する</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続をテスト</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>optional, org-…</source>
        <translation>任意、org-…</translation>
    </message>
    <message>
        <source>optional, proj_…</source>
        <translation>任意、proj_…</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation>サインイン方法</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API バージョン</translation>
    </message>
    <message>
        <source>deployment name (default: {model})</source>
        <translation>デプロイ名（既定：{model}）</translation>
    </message>
    <message>
        <source>Deployment for {model}</source>
        <translation>{model} のデプロイ</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>ベース URL</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>テストしています…</translation>
    </message>
</context>
<context>
    <name>RegionController</name>
    <message>
        <source>E&amp;xtend Canvas…</source>
        <translation>キャンバスを拡張(&amp;X)…</translation>
    </message>
    <message>
        <source>Add a border to fill with the next edit</source>
        <translation>次の編集で埋める余白を追加</translation>
    </message>
    <message>
        <source>Extend Canvas</source>
        <translation>キャンバスを拡張</translation>
    </message>
    <message>
        <source>Open a picture first, then extend its canvas.</source>
        <translation>先に画像を開いてから、キャンバスを拡張してください。</translation>
    </message>
    <message>
        <source>Focused: sent at {0} × {1}</source>
        <translation>部分編集：{0} × {1} で送信</translation>
    </message>
</context>
<context>
    <name>RequestState</name>
    <message>
        <source>%1 was retired on %2; %3 is used instead.</source>
        <translation>%1 は %2 に提供終了しました。代わりに %3 を使います。</translation>
    </message>
    <message>
        <source>The model %1 is not known here; %2 is used instead.</source>
        <translation>モデル %1 はここでは不明です。代わりに %2 を使います。</translation>
    </message>
    <message>
        <source>At most {count} images in all (the canvas counts as one).</source>
        <translation>画像は合計 {count} 枚までです（キャンバスも 1 枚に数えます）。</translation>
    </message>
</context>
<context>
    <name>SelectionActions</name>
    <message>
        <source>Grow Mask</source>
        <translation>マスクを拡張</translation>
    </message>
    <message>
        <source>Grow the mask by (pixels):</source>
        <translation>マスクを広げる量（ピクセル）：</translation>
    </message>
    <message>
        <source>Shrink Mask</source>
        <translation>マスクを縮小</translation>
    </message>
    <message>
        <source>Shrink the mask by (pixels):</source>
        <translation>マスクを狭める量（ピクセル）：</translation>
    </message>
    <message>
        <source>Feather Mask</source>
        <translation>マスクの境界をぼかす</translation>
    </message>
    <message>
        <source>Soften the mask&apos;s edge over (pixels):</source>
        <translation>境界をぼかす幅（ピクセル）：</translation>
    </message>
    <message>
        <source>Smooth Mask</source>
        <translation>マスクを滑らかに</translation>
    </message>
    <message>
        <source>Round off jagged edges up to (pixels):</source>
        <translation>ギザギザを丸める幅（ピクセル）：</translation>
    </message>
    <message>
        <source>Select &amp;Subject</source>
        <translation>被写体を選択(&amp;S)</translation>
    </message>
    <message>
        <source>Select the main subject</source>
        <translation>主な被写体を選択</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>すべてを選択(&amp;A)</translation>
    </message>
    <message>
        <source>Mask the whole picture</source>
        <translation>画像全体をマスク</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>選択を解除(&amp;N)</translation>
    </message>
    <message>
        <source>Clear the mask</source>
        <translation>マスクを消去</translation>
    </message>
    <message>
        <source>&amp;Grow…</source>
        <translation>拡張(&amp;G)…</translation>
    </message>
    <message>
        <source>Widen the mask by N px</source>
        <translation>マスクを N px 広げる</translation>
    </message>
    <message>
        <source>S&amp;hrink…</source>
        <translation>縮小(&amp;H)…</translation>
    </message>
    <message>
        <source>Narrow the mask by N px</source>
        <translation>マスクを N px 狭める</translation>
    </message>
    <message>
        <source>&amp;Feather…</source>
        <translation>境界をぼかす(&amp;F)…</translation>
    </message>
    <message>
        <source>Soften the mask&apos;s edge over N px</source>
        <translation>マスクの境界を N px にわたってぼかす</translation>
    </message>
    <message>
        <source>S&amp;mooth…</source>
        <translation>滑らかに(&amp;M)…</translation>
    </message>
    <message>
        <source>Round off jagged edges and drop specks</source>
        <translation>ギザギザの境界を丸め、小さな点を取り除く</translation>
    </message>
    <message>
        <source>Select Subject is not available: {reason}</source>
        <translation>被写体を選択は使用できません：{reason}</translation>
    </message>
    <message>
        <source>Select Subject</source>
        <translation>被写体を選択</translation>
    </message>
</context>
<context>
    <name>SendBatchDialog</name>
    <message>
        <source>Send as batch</source>
        <translation>バッチで送信</translation>
    </message>
    <message>
        <source>{size} (the current size)</source>
        <translation>{size}（現在のサイズ）</translation>
    </message>
    <message>
        <source>Several sizes separated by commas: one request for each</source>
        <translation>カンマ区切りで複数のサイズ：それぞれ 1 リクエスト</translation>
    </message>
    <message>
        <source>Pictures…</source>
        <translation>画像…</translation>
    </message>
    <message>
        <source>the canvas</source>
        <translation>キャンバス</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Variations</source>
        <translation>バリエーション</translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Pictures to edit</source>
        <translation>編集する画像</translation>
    </message>
    <message>
        <source>Send batch</source>
        <translation>バッチを送信</translation>
    </message>
    <message>
        <source>{count} pictures, each edited on its own: {names}</source>
        <translation>{count} 枚の画像をそれぞれ個別に編集：{names}</translation>
    </message>
    <message>
        <source>{count} requests. Sent directly: {approx}{direct}. As a batch: &lt;b&gt;{approx}{batch}&lt;/b&gt; (½ price, results within 24 h).</source>
        <translation>{count} 件のリクエスト。直接送信：{approx}{direct}。バッチ：&lt;b&gt;{approx}{batch}&lt;/b&gt;（半額、結果は 24 時間以内）。</translation>
    </message>
</context>
<context>
    <name>SessionKeeper</name>
    <message>
        <source>The working session could not be saved ({0}): check that the data folder is writable and has free space.</source>
        <translation>作業セッションを保存できませんでした（{0}）。データフォルダーに書き込みができ、空き容量があるか確認してください。</translation>
    </message>
</context>
<context>
    <name>SettingsActions</name>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <source>Provider changes apply the next time Image Studio starts.</source>
        <translation>プロバイダーの変更は次回 Image Studio の起動時に適用されます。</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;About Image Studio</source>
        <translation>Image Studio について(&amp;A)</translation>
    </message>
    <message>
        <source>The new language applies the next time Image Studio starts.</source>
        <translation>新しい言語は次回 Image Studio の起動時に適用されます。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>既定値</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>予算</translation>
    </message>
    <message>
        <source>Could not save the settings: {error}</source>
        <translation>設定を保存できませんでした：{error}</translation>
    </message>
</context>
<context>
    <name>SettingsKeys</name>
    <message>
        <source>&lt;b&gt;No system keyring is available&lt;/b&gt;, so Image Studio cannot remember your key safely. {reason}.&lt;br&gt;You can still use a key &lt;b&gt;for this session only&lt;/b&gt; (you will paste it again next time), or set the &lt;code&gt;{env}&lt;/code&gt; environment variable before starting Image Studio. Keys are never written to a plain file.</source>
        <translation>&lt;b&gt;システムのキーチェーンを利用できません&lt;/b&gt;。そのため Image Studio はキーを安全に記憶できません。{reason}。&lt;br&gt;&lt;b&gt;このセッションだけ&lt;/b&gt;キーを使うこと（次回はもう一度貼り付けます）や、Image Studio を起動する前に環境変数 &lt;code&gt;{env}&lt;/code&gt; を設定することはできます。キーが平文のファイルに書き込まれることはありません。</translation>
    </message>
    <message>
        <source>Keys are kept in memory only (STUDIO_SECRET_BACKEND=memory)</source>
        <translation>キーはメモリ上にのみ保持されます (STUDIO_SECRET_BACKEND=memory)</translation>
    </message>
</context>
<context>
    <name>SettingsPages</name>
    <message>
        <source>Follow the system</source>
        <translation>システムに従う</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Ask me before sending</source>
        <translation>送信前に確認する</translation>
    </message>
    <message>
        <source>Refuse the job</source>
        <translation>ジョブを拒否する</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Gallery (when it has the focus)</source>
        <translation>ギャラリー（フォーカスがあるとき）</translation>
    </message>
    <message>
        <source>Canvas and mask</source>
        <translation>キャンバスとマスク</translation>
    </message>
    <message>
        <source>View</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Pointer</source>
        <translation>マウスとペン</translation>
    </message>
    <message>
        <source>Right-drag, Ctrl+drag, Alt+drag</source>
        <translation>右ドラッグ、Ctrl+ドラッグ、Alt+ドラッグ</translation>
    </message>
    <message>
        <source>Subtract from the mask with any tool</source>
        <translation>どのツールでもマスクから削除</translation>
    </message>
    <message>
        <source>Shift+drag</source>
        <translation>Shift+ドラッグ</translation>
    </message>
    <message>
        <source>Add to the mask (as a plain drag does)</source>
        <translation>マスクに追加（通常のドラッグと同じ）</translation>
    </message>
    <message>
        <source>Polygon lasso</source>
        <translation>多角形選択</translation>
    </message>
    <message>
        <source>Double-click or Enter closes, Backspace undoes a corner, Shift: 45°</source>
        <translation>ダブルクリックか Enter で閉じる、Backspace で頂点を戻す、Shift：45°</translation>
    </message>
    <message>
        <source>Object selection</source>
        <translation>オブジェクト選択</translation>
    </message>
    <message>
        <source>Drag a box; then click to take a part in, Alt-click to leave it out</source>
        <translation>枠で囲んでから、クリックで部分を含め、Alt+クリックで除外</translation>
    </message>
    <message>
        <source>Cancel the rectangle, lasso or polygon being drawn</source>
        <translation>描いている矩形・なげなわ・多角形をキャンセル</translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation>ホイール</translation>
    </message>
    <message>
        <source>Zoom at the pointer</source>
        <translation>ポインター位置でズーム</translation>
    </message>
    <message>
        <source>Space+drag, middle-drag</source>
        <translation>Space+ドラッグ、中ボタンドラッグ</translation>
    </message>
    <message>
        <source>Pan (Space works whenever the pointer is over the canvas)</source>
        <translation>パン（ポインターがキャンバス上にあればいつでも Space が使えます）</translation>
    </message>
    <message>
        <source>Esc while drawing</source>
        <translation>描画中に Esc</translation>
    </message>
    <message>
        <source> or </source>
        <translation> または </translation>
    </message>
</context>
<context>
    <name>SizeField</name>
    <message>
        <source>Match canvas</source>
        <translation>キャンバスと同じ</translation>
    </message>
    <message>
        <source>The model&apos;s size closest to the shape of the picture on the canvas</source>
        <translation>キャンバス上の画像の縦横比に最も近いモデルのサイズ</translation>
    </message>
    <message>
        <source>WIDTHxHEIGHT, e.g. 1824x1024</source>
        <translation>幅x高さ（例：1824x1024）</translation>
    </message>
    <message>
        <source>{model} supports only these sizes</source>
        <translation>{model} はこれらのサイズにのみ対応しています</translation>
    </message>
    <message>
        <source>Pick a size or type WIDTHxHEIGHT: edges multiples of {step}, longest edge ≤ {edge}, aspect up to 3:1, {low} to {high} pixels</source>
        <translation>サイズを選ぶか 幅x高さ を入力：辺は {step} の倍数、長辺 ≤ {edge}、縦横比は 3:1 まで、{low}〜{high} ピクセル</translation>
    </message>
</context>
<context>
    <name>StagingController</name>
    <message>
        <source>&amp;Accept Result</source>
        <translation>結果を採用(&amp;A)</translation>
    </message>
    <message>
        <source>Make this result the picture; Ctrl+Z undoes it</source>
        <translation>この結果を画像にします。Ctrl+Z で元に戻せます</translation>
    </message>
    <message>
        <source>&amp;Discard Result</source>
        <translation>結果を破棄(&amp;D)</translation>
    </message>
    <message>
        <source>Take this result off the canvas (Gallery keeps it)</source>
        <translation>この結果をキャンバスから外します（ギャラリーには残ります）</translation>
    </message>
    <message>
        <source>&amp;Previous Result</source>
        <translation>前の結果(&amp;P)</translation>
    </message>
    <message>
        <source>Previous result of this batch (Alt+Left)</source>
        <translation>このバッチの前の結果 (Alt+Left)</translation>
    </message>
    <message>
        <source>&amp;Next Result</source>
        <translation>次の結果(&amp;N)</translation>
    </message>
    <message>
        <source>Next result of this batch (Alt+Right)</source>
        <translation>このバッチの次の結果 (Alt+Right)</translation>
    </message>
    <message>
        <source>Accept Result</source>
        <translation>結果を採用</translation>
    </message>
    <message>
        <source>Fill Canvas</source>
        <translation>キャンバスを埋める</translation>
    </message>
    <message>
        <source>Result {0} of {1}</source>
        <translation>結果 {0} / {1}</translation>
    </message>
</context>
<context>
    <name>StagingStrip</name>
    <message>
        <source>Accept</source>
        <translation>採用</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
</context>
<context>
    <name>ToolOptions</name>
    <message>
        <source>Right-drag, Ctrl+ or Alt+drag subtracts · Shift+drag adds · Space+drag or middle-drag pans, even in the middle of a shape · wheel zooms · [ ] brush size · Esc cancels a shape</source>
        <translation>右ドラッグ、Ctrl+ または Alt+ドラッグで削除 · Shift+ドラッグで追加 · Space+ドラッグまたは中ボタンドラッグでパン（図形の途中でも可）· ホイールでズーム · [ ] でブラシサイズ · Esc で図形をキャンセル</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>ブラシ</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Brush diameter in image pixels ([ and ])</source>
        <translation>ブラシの直径（画像のピクセル単位、[ と ]）</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>100 % is a hard edge; lower values feather the edge</source>
        <translation>100 % でくっきりした境界、値を下げるほど境界がぼけます</translation>
    </message>
    <message>
        <source>Hardness</source>
        <translation>硬さ</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>マスク</translation>
    </message>
    <message>
        <source>Show overlay</source>
        <translation>オーバーレイを表示</translation>
    </message>
    <message>
        <source>Overlay opacity</source>
        <translation>オーバーレイの不透明度</translation>
    </message>
    <message>
        <source>Overlay colour</source>
        <translation>オーバーレイの色</translation>
    </message>
    <message>
        <source>Mask Overlay Colour</source>
        <translation>マスクのオーバーレイの色</translation>
    </message>
</context>
<context>
    <name>UsageDialog</name>
    <message>
        <source>Day</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>品質</translation>
    </message>
    <message>
        <source>Kind of job</source>
        <translation>ジョブの種類</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>枚数</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <source>Tokens in</source>
        <translation>入力トークン</translation>
    </message>
    <message>
        <source>Tokens out</source>
        <translation>出力トークン</translation>
    </message>
    <message>
        <source>From cache</source>
        <translation>キャッシュから</translation>
    </message>
    <message>
        <source>Usage report</source>
        <translation>使用量レポート</translation>
    </message>
    <message>
        <source>By {0}</source>
        <translation>{0}別</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV を書き出す…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Spend per day&lt;/b&gt;</source>
        <translation>&lt;b&gt;1 日あたりの支出&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Total: {cost} over {jobs} jobs</source>
        <translation>合計：{cost}（{jobs} 件のジョブ）</translation>
    </message>
    <message>
        <source>Export usage CSV</source>
        <translation>使用量を CSV で書き出す</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Projection for {count} images/day: no paid jobs yet.</source>
        <translation>1 日 {count} 枚の予測：有料のジョブはまだありません。</translation>
    </message>
    <message>
        <source>{model} {quality} {share} at {cost}</source>
        <translation>{model} {quality} {share}（1 枚 {cost}）</translation>
    </message>
    <message>
        <source>At the current mix, {count} images/day would cost {per_day} per day and {per_month} per 30-day month ({per_image} per image; {basis}). Mix: {mix}.</source>
        <translation>現在の構成で 1 日 {count} 枚作ると、1 日 {per_day}、30 日で {per_month} かかります（1 枚 {per_image}、{basis}）。構成：{mix}。</translation>
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
        <translation>非常に高</translation>
    </message>
    <message>
        <source>maximum</source>
        <translation>最高</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自動</translation>
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
        <translation>編集</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>ドラフト</translation>
    </message>
    <message>
        <source>drafts</source>
        <translation>ドラフト</translation>
    </message>
    <message>
        <source>final</source>
        <translation>仕上げ</translation>
    </message>
    <message>
        <source>finalize</source>
        <translation>仕上げ</translation>
    </message>
    <message>
        <source>result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>simple</source>
        <translation>シンプル</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>標準</translation>
    </message>
    <message>
        <source>complex</source>
        <translation>複雑</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>中断しました</translation>
    </message>
</context>
<context>
    <name>WandOptions</name>
    <message>
        <source>Magic Wand</source>
        <translation>自動選択ツール</translation>
    </message>
    <message>
        <source>How different (0-255 per channel) a colour may be from the clicked one</source>
        <translation>クリックした色からどれだけ違う色まで含めるか（チャンネルごとに 0-255）</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>許容値</translation>
    </message>
    <message>
        <source>Contiguous</source>
        <translation>隣接</translation>
    </message>
    <message>
        <source>Only the area touching the clicked pixel; off: that colour everywhere</source>
        <translation>クリックしたピクセルにつながる範囲のみ。オフ：画像全体のその色</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>使い方：</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置引数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>このヘルプを表示して終了</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>引数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>認識できない引数：%s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>引数 %s と一緒には使えません</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>次の引数が必要です：%s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>引数 %s のいずれかが必要です</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>値が1つ必要です</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>値は1つまでです</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>値が1つ以上必要です</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>あいまいなオプション：%(option)s は %(matches)s のどれにも当てはまります</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>無効な %(type)s の値：%(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>無効な選択：%(value)r（%(choices)s から選んでください）</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：エラー：%(message)s
</translation>
    </message>
</context>
</TS>
