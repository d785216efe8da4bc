<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>About</name>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>see the package&apos;s metadata</source>
        <translation>voir les métadonnées du paquet</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>Qt and PySide6 are used under the GNU LGPL v3: they are shipped as separate shared libraries that you may replace with your own build.</source>
        <translation>Qt et PySide6 sont utilisés sous licence GNU LGPL v3 : ils sont livrés sous forme de bibliothèques partagées distinctes que vous pouvez remplacer par votre propre compilation.</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>About Image Studio</source>
        <translation>À propos d’Image Studio</translation>
    </message>
    <message>
        <source>Generate and edit images with OpenAI&apos;s GPT Image models.</source>
        <translation>Générez et retouchez des images avec les modèles GPT Image d’OpenAI.</translation>
    </message>
    <message>
        <source>Image Studio is MIT-licensed.</source>
        <translation>Image Studio est distribué sous licence MIT.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Emulator at {url}</source>
        <translation>Émulateur à {url}</translation>
    </message>
    <message>
        <source>API: {url}</source>
        <translation>API : {url}</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
</context>
<context>
    <name>BatchController</name>
    <message>
        <source>Send as batch (½ price, within 24 h)</source>
        <translation>Envoyer en lot (moitié prix, sous 24 h)</translation>
    </message>
    <message>
        <source>Batch ½ price</source>
        <translation>Lot ½ prix</translation>
    </message>
    <message>
        <source>Send many variations, sizes or pictures as one batch at half price</source>
        <translation>Envoyer de nombreuses variantes, tailles ou images en un seul lot à moitié prix</translation>
    </message>
    <message>
        <source>Sending a batch of {count} requests (~{cost})…</source>
        <translation>Envoi d’un lot de {count} requêtes (~{cost})…</translation>
    </message>
    <message>
        <source>Budget cap</source>
        <translation>Plafond de budget</translation>
    </message>
    <message>
        <source>{message}

The batch was not sent.</source>
        <translation>{message}

Le lot n’a pas été envoyé.</translation>
    </message>
    <message>
        <source>{message}

Send the batch anyway?</source>
        <translation>{message}

Envoyer le lot quand même ?</translation>
    </message>
    <message>
        <source>Preparing the picture… the batch dialog opens next</source>
        <translation>Préparation de l’image… la fenêtre du lot s’ouvre ensuite</translation>
    </message>
    <message>
        <source>Could not prepare the picture; nothing was sent: {error}</source>
        <translation>Impossible de préparer l’image ; rien n’a été envoyé : {error}</translation>
    </message>
    <message>
        <source>Batch sent: {count} requests, ~{cost}; results within 24 h (Batches panel)</source>
        <translation>Lot envoyé : {count} requêtes, ~{cost} ; résultats sous 24 h (panneau Lots)</translation>
    </message>
    <message>
        <source>Cancelling the batch; requests already run are kept</source>
        <translation>Annulation du lot ; les requêtes déjà traitées sont conservées</translation>
    </message>
</context>
<context>
    <name>BatchPanel</name>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>No batches yet. Send as batch (Image menu) renders many images at half price within 24 hours; they arrive here and in the gallery.</source>
        <translation>Aucun lot pour l’instant. « Envoyer en lot » (menu Image) produit de nombreuses images à moitié prix sous 24 heures ; elles arrivent ici et dans la galerie.</translation>
    </message>
    <message>
        <source>Cancel batch</source>
        <translation>Annuler le lot</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Vérifier maintenant</translation>
    </message>
    <message>
        <source>{ref}
{endpoint}, {model}</source>
        <translation>{ref}
{endpoint}, {model}</translation>
    </message>
    <message>
        <source>{count} requests</source>
        <translation>{count} requêtes</translation>
    </message>
    <message>
        <source>{who}: {error}</source>
        <translation>{who} : {error}</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>envoi</translation>
    </message>
    <message>
        <source>validating</source>
        <translation>validation</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>finalizing</source>
        <translation>finalisation</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>cancelling</source>
        <translation>annulation</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>{done}/{total}</source>
        <translation>{done}/{total}</translation>
    </message>
    <message>
        <source>, {failed} failed</source>
        <translation>, {failed} en échec</translation>
    </message>
    <message>
        <source>~{estimate}</source>
        <translation>~{estimate}</translation>
    </message>
    <message>
        <source>Checking with the API…</source>
        <translation>Vérification auprès de l’API…</translation>
    </message>
</context>
<context>
    <name>BatchesController</name>
    <message>
        <source>Batches</source>
        <translation>Lots</translation>
    </message>
</context>
<context>
    <name>BrushTool</name>
    <message>
        <source>Eraser Stroke</source>
        <translation>Trait de gomme</translation>
    </message>
    <message>
        <source>Brush Stroke</source>
        <translation>Trait de pinceau</translation>
    </message>
</context>
<context>
    <name>BudgetEditor</name>
    <message>
        <source>Ask before crossing a cap</source>
        <translation>Demander avant de dépasser un plafond</translation>
    </message>
    <message>
        <source>Refuse jobs that would cross a cap</source>
        <translation>Refuser les tâches qui dépasseraient un plafond</translation>
    </message>
    <message>
        <source>Save caps</source>
        <translation>Enregistrer les plafonds</translation>
    </message>
    <message>
        <source>Daily cap</source>
        <translation>Plafond quotidien</translation>
    </message>
    <message>
        <source>Monthly cap</source>
        <translation>Plafond mensuel</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>aucun plafond</translation>
    </message>
</context>
<context>
    <name>BudgetGate</name>
    <message>
        <source>Budget cap</source>
        <translation>Plafond de budget</translation>
    </message>
    <message>
        <source>{message}

The job was not sent.</source>
        <translation>{message}

La tâche n’a pas été envoyée.</translation>
    </message>
    <message>
        <source>{message}

Send it anyway?</source>
        <translation>{message}

L’envoyer quand même ?</translation>
    </message>
</context>
<context>
    <name>BudgetsPage</name>
    <message>
        <source>Daily cap</source>
        <translation>Plafond quotidien</translation>
    </message>
    <message>
        <source>Monthly cap</source>
        <translation>Plafond mensuel</translation>
    </message>
    <message>
        <source> % of a cap</source>
        <translation> % d’un plafond</translation>
    </message>
    <message>
        <source>When a job would cross a cap</source>
        <translation>Quand une tâche dépasserait un plafond</translation>
    </message>
    <message>
        <source>Warn from</source>
        <translation>Avertir à partir de</translation>
    </message>
</context>
<context>
    <name>CanvasActions</name>
    <message>
        <source>&amp;Brush</source>
        <translation>&amp;Pinceau</translation>
    </message>
    <message>
        <source>Paint the area to change</source>
        <translation>Peindre la zone à modifier</translation>
    </message>
    <message>
        <source>&amp;Eraser</source>
        <translation>&amp;Gomme</translation>
    </message>
    <message>
        <source>Erase parts of the mask</source>
        <translation>Effacer des parties du masque</translation>
    </message>
    <message>
        <source>&amp;Rectangle</source>
        <translation>&amp;Rectangle</translation>
    </message>
    <message>
        <source>Drag a rectangle to change</source>
        <translation>Tracer un rectangle à modifier</translation>
    </message>
    <message>
        <source>&amp;Lasso</source>
        <translation>&amp;Lasso</translation>
    </message>
    <message>
        <source>Draw a closed outline to change</source>
        <translation>Tracer un contour fermé à modifier</translation>
    </message>
    <message>
        <source>&amp;Polygon Lasso</source>
        <translation>Lasso &amp;polygonal</translation>
    </message>
    <message>
        <source>Click corners; double-click or Enter closes, Backspace undoes a corner</source>
        <translation>Cliquez les sommets ; double-clic ou Entrée pour fermer, Retour arrière annule un sommet</translation>
    </message>
    <message>
        <source>Magic &amp;Wand</source>
        <translation>&amp;Baguette magique</translation>
    </message>
    <message>
        <source>Click a colour to select it and its similar neighbours</source>
        <translation>Cliquez une couleur pour la sélectionner avec ses voisines similaires</translation>
    </message>
    <message>
        <source>&amp;Object Selection</source>
        <translation>Sélection d’&amp;objet</translation>
    </message>
    <message>
        <source>Drag a box around an object; then click parts to add, Alt-click parts to leave out</source>
        <translation>Tracez un cadre autour d’un objet ; puis cliquez des parties pour les ajouter, Alt+clic pour les exclure</translation>
    </message>
    <message>
        <source>{name} ({key}) — {tip}</source>
        <translation>{name} ({key}) — {tip}</translation>
    </message>
    <message>
        <source>Smaller Brush</source>
        <translation>Pinceau plus petit</translation>
    </message>
    <message>
        <source>Larger Brush</source>
        <translation>Pinceau plus grand</translation>
    </message>
    <message>
        <source>&amp;Invert Mask</source>
        <translation>&amp;Inverser le masque</translation>
    </message>
    <message>
        <source>&amp;Clear Mask</source>
        <translation>&amp;Effacer le masque</translation>
    </message>
    <message>
        <source>&amp;Fill Mask</source>
        <translation>&amp;Remplir le masque</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>Inverser</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Remplir</translation>
    </message>
    <message>
        <source>Show &amp;Mask Overlay</source>
        <translation>Afficher la superposition du &amp;masque</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Ann&amp;uler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Actual Size (100 %)</source>
        <translation>&amp;Taille réelle (100 %)</translation>
    </message>
</context>
<context>
    <name>CanvasDocument</name>
    <message>
        <source>Open Image</source>
        <translation>Ouvrir une image</translation>
    </message>
    <message>
        <source>New Canvas</source>
        <translation>Nouveau canevas</translation>
    </message>
    <message>
        <source>Erase Rectangle</source>
        <translation>Effacer un rectangle</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rectangle</translation>
    </message>
    <message>
        <source>Erase Lasso</source>
        <translation>Effacer au lasso</translation>
    </message>
    <message>
        <source>Lasso</source>
        <translation>Lasso</translation>
    </message>
    <message>
        <source>Fill Mask</source>
        <translation>Remplir le masque</translation>
    </message>
    <message>
        <source>Clear Mask</source>
        <translation>Effacer le masque</translation>
    </message>
    <message>
        <source>Import Mask</source>
        <translation>Importer un masque</translation>
    </message>
</context>
<context>
    <name>CanvasFiles</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Masks (*.png *.jpg *.jpeg *.webp);;All files (*)</source>
        <translation>Masques (*.png *.jpg *.jpeg *.webp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Drop the painted mask?</source>
        <translation>Abandonner le masque peint ?</translation>
    </message>
    <message>
        <source>Opening another picture drops the mask you painted on this one. Export the mask first (File ▸ Export Mask…) to keep it, or Discard it. Edit ▸ Undo brings it back too.</source>
        <translation>Ouvrir une autre image abandonne le masque peint sur celle-ci. Exportez d’abord le masque (Fichier ▸ Exporter le masque…) pour le garder, ou abandonnez-le. Édition ▸ Annuler le fait aussi revenir.</translation>
    </message>
    <message>
        <source>Cannot open image</source>
        <translation>Impossible d’ouvrir l’image</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>{name} ouvert</translation>
    </message>
    <message>
        <source>Pasted image</source>
        <translation>Image collée</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>Le presse-papiers ne contient pas d’image.</translation>
    </message>
    <message>
        <source>Cannot import mask</source>
        <translation>Impossible d’importer le masque</translation>
    </message>
    <message>
        <source>Mask size differs</source>
        <translation>La taille du masque diffère</translation>
    </message>
    <message>
        <source>{error}

Resize the mask to {width}×{height}, or cancel the import?</source>
        <translation>{error}

Redimensionner le masque en {width}×{height}, ou annuler l’import ?</translation>
    </message>
    <message>
        <source>Mask not imported: {error}</source>
        <translation>Masque non importé : {error}</translation>
    </message>
    <message>
        <source>Cannot export mask</source>
        <translation>Impossible d’exporter le masque</translation>
    </message>
    <message>
        <source>Mask saved to {name}</source>
        <translation>Masque enregistré dans {name}</translation>
    </message>
    <message>
        <source>Nothing to export: open or generate a picture first.</source>
        <translation>Rien à exporter : ouvrez ou générez d’abord une image.</translation>
    </message>
    <message>
        <source>Export Image</source>
        <translation>Exporter l’image</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>{0} enregistré</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Impossible d’exporter</translation>
    </message>
    <message>
        <source>Open Image</source>
        <translation>Ouvrir une image</translation>
    </message>
    <message>
        <source>Import Mask</source>
        <translation>Importer un masque</translation>
    </message>
    <message>
        <source>Export Mask</source>
        <translation>Exporter le masque</translation>
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
        <translation>Ouvrez une image pour y peindre un masque
Ctrl+O, déposez un fichier ici ou collez avec Ctrl+V

Fichier ▸ Nouveau canevas (Ctrl+N) pour générer à partir d’un prompt</translation>
    </message>
    <message>
        <source>Blank canvas {width} × {height}
Generate mode: no mask</source>
        <translation>Canevas vierge {width} × {height}
Mode génération : pas de masque</translation>
    </message>
</context>
<context>
    <name>CanvasView</name>
    <message>
        <source>Paste Image</source>
        <translation>Coller l’image</translation>
    </message>
    <message>
        <source>Open Image</source>
        <translation>Ouvrir une image</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{message} (see {prog} --help)</source>
        <translation>{message} (voir {prog} --help)</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <source>preparing</source>
        <translation>préparation</translation>
    </message>
    <message>
        <source>validating</source>
        <translation>validation</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>finalizing</source>
        <translation>finalisation</translation>
    </message>
    <message>
        <source>cancelling</source>
        <translation>annulation</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>no batch {id} in this history (see: studio batch status)</source>
        <translation>aucun lot {id} dans cet historique (voir : studio batch status)</translation>
    </message>
    <message>
        <source>No batches yet: studio batch submit --prompt ... sends one.</source>
        <translation>Aucun lot pour l’instant : studio batch submit --prompt ... en envoie un.</translation>
    </message>
    <message>
        <source>{id} is {state}: nothing to collect yet.</source>
        <translation>{id} : {state}, rien à récupérer pour l’instant.</translation>
    </message>
    <message>
        <source>{count} new image(s), {unchanged} already there:</source>
        <translation>{count} nouvelle(s) image(s), {unchanged} déjà présente(s) :</translation>
    </message>
    <message>
        <source>{request} failed: {reason}</source>
        <translation>{request} a échoué : {reason}</translation>
    </message>
    <message>
        <source>{message} Nothing was sent (budget settings).</source>
        <translation>{message} Rien n’a été envoyé (réglages de budget).</translation>
    </message>
    <message>
        <source>cannot read the {what} {path}: {reason}</source>
        <translation>impossible de lire {what} {path} : {reason}</translation>
    </message>
    <message>
        <source>image</source>
        <translation>l’image</translation>
    </message>
    <message>
        <source>not billed yet</source>
        <translation>pas encore facturé</translation>
    </message>
    <message>
        <source>{cost} billed</source>
        <translation>{cost} facturés</translation>
    </message>
    <message>
        <source>{completed}/{total} done, {failed} failed</source>
        <translation>{completed}/{total} faites, {failed} en échec</translation>
    </message>
    <message>
        <source>(estimate {estimate})  submitted {submitted}</source>
        <translation>(estimation {estimate})  envoyé le {submitted}</translation>
    </message>
    <message>
        <source>, finished {finished}</source>
        <translation>, terminé le {finished}</translation>
    </message>
    <message>
        <source>a mask needs an --image to edit</source>
        <translation>un masque nécessite une --image à retoucher</translation>
    </message>
    <message>
        <source>mask</source>
        <translation>le masque</translation>
    </message>
    <message>
        <source>cannot use the mask {name}: {reason}</source>
        <translation>impossible d’utiliser le masque {name} : {reason}</translation>
    </message>
    <message>
        <source>a markup needs an --image to edit</source>
        <translation>des annotations nécessitent une --image à retoucher</translation>
    </message>
    <message>
        <source>markup</source>
        <translation>les annotations</translation>
    </message>
    <message>
        <source>cannot use the markup {name}: it is {reason}</source>
        <translation>impossible d’utiliser les annotations {name} : {reason}</translation>
    </message>
    <message>
        <source>the markup {name} must be a PNG with transparency</source>
        <translation>les annotations {name} doivent être un PNG avec transparence</translation>
    </message>
    <message>
        <source>the markup {name} is {size} but the picture is {picture}; draw it at the picture&apos;s size</source>
        <translation>les annotations {name} font {size} mais l’image fait {picture} ; dessinez-les à la taille de l’image</translation>
    </message>
    <message>
        <source>cannot use the markup {name}: {reason}</source>
        <translation>impossible d’utiliser les annotations {name} : {reason}</translation>
    </message>
    <message>
        <source>the markup {name} has no transparent pixels</source>
        <translation>les annotations {name} n’ont aucun pixel transparent</translation>
    </message>
    <message>
        <source>{model} {size} {quality} x{n}: {input} input + {output} output tokens = {cost}</source>
        <translation>{model} {size} {quality} x{n} : {input} jetons en entrée + {output} en sortie = {cost}</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>remarque : {note}</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>quality</source>
        <translation>qualité</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>jobs</source>
        <translation>tâches</translation>
    </message>
    <message>
        <source>images</source>
        <translation>images</translation>
    </message>
    <message>
        <source>cost USD</source>
        <translation>coût USD</translation>
    </message>
    <message>
        <source>{message} Not sent (budget settings refuse it).</source>
        <translation>{message} Non envoyée (les réglages de budget la refusent).</translation>
    </message>
    <message>
        <source>{message} Not sent: there is no terminal to ask for approval.</source>
        <translation>{message} Non envoyée : aucun terminal pour demander l’accord.</translation>
    </message>
    <message>
        <source>{message} Send it anyway? [y/N] </source>
        <translation>{message} L’envoyer quand même ? [y/N] </translation>
    </message>
    <message>
        <source>{message} Not sent.</source>
        <translation>{message} Non envoyée.</translation>
    </message>
    <message>
        <source>--out: {problem}</source>
        <translation>--out : {problem}</translation>
    </message>
    <message>
        <source>{count} image(s) kept before the failure:</source>
        <translation>{count} image(s) conservée(s) avant l’échec :</translation>
    </message>
    <message>
        <source>{reason} Retrying in {seconds}s (attempt {attempt})</source>
        <translation>{reason} Nouvel essai dans {seconds} s (tentative {attempt})</translation>
    </message>
    <message>
        <source>--focus needs a --mask: it sends a crop around the masked area</source>
        <translation>--focus nécessite un --mask : seul un recadrage autour de la zone masquée est envoyé</translation>
    </message>
    <message>
        <source>sent at {size}</source>
        <translation>envoyée en {size}</translation>
    </message>
    <message>
        <source>{before} extended to {after}</source>
        <translation>{before} agrandie à {after}</translation>
    </message>
    <message>
        <source>give either --aspect or pixels per side, not both</source>
        <translation>indiquez --aspect ou des pixels par côté, pas les deux</translation>
    </message>
    <message>
        <source>say how far to extend: --left/--right/--top/--bottom or --aspect</source>
        <translation>indiquez de combien agrandir : --left/--right/--top/--bottom ou --aspect</translation>
    </message>
    <message>
        <source>the mask covers most of the picture; the whole frame is sent</source>
        <translation>le masque couvre presque toute l’image ; l’image entière est envoyée</translation>
    </message>
    <message>
        <source>cached, $0</source>
        <translation>en cache, 0 $</translation>
    </message>
    <message>
        <source>{count} image(s) ({state}; {headline}):</source>
        <translation>{count} image(s) ({state} ; {headline}) :</translation>
    </message>
    <message>
        <source>{count} image(s) ({state}):</source>
        <translation>{count} image(s) ({state}) :</translation>
    </message>
    <message>
        <source>{count} drafts at {quality}, {size} ({cost}):</source>
        <translation>{count} brouillons en {quality}, {size} ({cost}) :</translation>
    </message>
    <message>
        <source>(job {id})</source>
        <translation>(tâche {id})</translation>
    </message>
    <message>
        <source>cannot finalize: {reason}</source>
        <translation>impossible de finaliser : {reason}</translation>
    </message>
    <message>
        <source>{model} has no quality {quality}</source>
        <translation>{model} n’a pas de qualité {quality}</translation>
    </message>
    <message>
        <source>final at {quality}, {size} ({cost}):</source>
        <translation>version finale en {quality}, {size} ({cost}) :</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>what to generate or change</source>
        <translation>ce qu’il faut générer ou modifier</translation>
    </message>
    <message>
        <source>model id (default: gpt-image-2)</source>
        <translation>identifiant du modèle (par défaut : gpt-image-2)</translation>
    </message>
    <message>
        <source>low, medium, high, xhigh, max or auto</source>
        <translation>low, medium, high, xhigh, max ou auto</translation>
    </message>
    <message>
        <source>auto or WIDTHxHEIGHT, e.g. 1536x1024</source>
        <translation>auto ou LARGEURxHAUTEUR, p. ex. 1536x1024</translation>
    </message>
    <message>
        <source>number of images (1-10)</source>
        <translation>nombre d’images (1 à 10)</translation>
    </message>
    <message>
        <source>partial images (0-3)</source>
        <translation>images partielles (0 à 3)</translation>
    </message>
    <message>
        <source>auto, opaque or transparent</source>
        <translation>auto, opaque ou transparent</translation>
    </message>
    <message>
        <source>png, jpeg, webp, gif or svg (gif, svg: 2.6)</source>
        <translation>png, jpeg, webp, gif ou svg (gif, svg : 2.6)</translation>
    </message>
    <message>
        <source>0-100 (jpeg/webp)</source>
        <translation>0 à 100 (jpeg/webp)</translation>
    </message>
    <message>
        <source>auto or low</source>
        <translation>auto ou low</translation>
    </message>
    <message>
        <source>low or high (edits, 1.x models)</source>
        <translation>low ou high (retouches, modèles 1.x)</translation>
    </message>
    <message>
        <source>low, medium or high: planning effort</source>
        <translation>low, medium ou high : effort de planification</translation>
    </message>
    <message>
        <source>GIF frames, 2-16 (9)</source>
        <translation>images du GIF, 2 à 16 (9)</translation>
    </message>
    <message>
        <source>GIF delay per frame in ms (200)</source>
        <translation>durée de chaque image du GIF en ms (200)</translation>
    </message>
    <message>
        <source>SVG author model, e.g. gpt-5.6-sol</source>
        <translation>modèle qui écrit le SVG, p. ex. gpt-5.6-sol</translation>
    </message>
    <message>
        <source>SVG author effort: none ... max</source>
        <translation>effort du modèle SVG : none … max</translation>
    </message>
    <message>
        <source>a hashed id of the end user (see Settings)</source>
        <translation>identifiant haché de l’utilisateur final (voir Réglages)</translation>
    </message>
    <message>
        <source>print machine-readable JSON</source>
        <translation>afficher du JSON lisible par une machine</translation>
    </message>
    <message>
        <source>folder to write the images into</source>
        <translation>dossier où écrire les images</translation>
    </message>
    <message>
        <source>always send, never reuse</source>
        <translation>toujours envoyer, ne jamais réutiliser le cache</translation>
    </message>
    <message>
        <source>keep the API&apos;s raw output instead of compositing through the mask</source>
        <translation>garder la sortie brute de l’API au lieu de la fusionner à travers le masque</translation>
    </message>
    <message>
        <source>use the built-in offline emulator</source>
        <translation>utiliser l’émulateur hors ligne intégré</translation>
    </message>
    <message>
        <source>Image Studio: the window (default), --demo, and the commands from estimate to emulator.</source>
        <translation>Image Studio : la fenêtre (par défaut), --demo, et les commandes, d’estimate à emulator.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>afficher la version et quitter</translation>
    </message>
    <message>
        <source>open the window on the emulator</source>
        <translation>ouvrir la fenêtre sur l’émulateur</translation>
    </message>
    <message>
        <source>exit 0 once the window is shown</source>
        <translation>quitter avec 0 dès que la fenêtre s’affiche</translation>
    </message>
    <message>
        <source>language of the window and messages (default: Language setting, else the system&apos;s)</source>
        <translation>langue de la fenêtre et des messages (par défaut : le réglage Langue, sinon celle du système)</translation>
    </message>
    <message>
        <source>tokens and dollars before sending</source>
        <translation>jetons et dollars avant l’envoi</translation>
    </message>
    <message>
        <source>input image (edit)</source>
        <translation>image d’entrée (retouche)</translation>
    </message>
    <message>
        <source>mask: white (or transparent) = edit</source>
        <translation>masque : blanc (ou transparent) = zone retouchée</translation>
    </message>
    <message>
        <source>generate images from a prompt</source>
        <translation>générer des images à partir d’un prompt</translation>
    </message>
    <message>
        <source>edit one or more images, optionally with a mask</source>
        <translation>retoucher une ou plusieurs images, avec ou sans masque</translation>
    </message>
    <message>
        <source>input image (repeat)</source>
        <translation>image d’entrée (répétable)</translation>
    </message>
    <message>
        <source>black-and-white (white = edit) or RGBA (transparent = edit)</source>
        <translation>noir et blanc (blanc = retouché) ou RGBA (transparent = retouché)</translation>
    </message>
    <message>
        <source>transparent PNG of marks guiding the edit (2.5 and later)</source>
        <translation>PNG transparent d’annotations qui guident la retouche (2.5 et suivants)</translation>
    </message>
    <message>
        <source>spend totals from the history</source>
        <translation>totaux des dépenses d’après l’historique</translation>
    </message>
    <message>
        <source>one row per day, month, model, quality or mode</source>
        <translation>une ligne par jour, mois, modèle, qualité ou mode</translation>
    </message>
    <message>
        <source>print CSV for a spreadsheet</source>
        <translation>afficher du CSV pour un tableur</translation>
    </message>
    <message>
        <source>only jobs from this date (YYYY-MM-DD)</source>
        <translation>seulement les tâches depuis cette date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>run the local Images API emulator</source>
        <translation>lancer l’émulateur local de l’API Images</translation>
    </message>
    <message>
        <source>port to listen on (8765)</source>
        <translation>port d’écoute (8765)</translation>
    </message>
    <message>
        <source>seconds between partial images (0.3)</source>
        <translation>secondes entre deux images partielles (0,3)</translation>
    </message>
    <message>
        <source>many images at half price, within 24 h (Batch API)</source>
        <translation>beaucoup d’images à moitié prix, sous 24 h (API Batch)</translation>
    </message>
    <message>
        <source>send a batch; prints its id</source>
        <translation>envoyer un lot ; affiche son identifiant</translation>
    </message>
    <message>
        <source>picture to edit (repeat: each is edited)</source>
        <translation>image à retoucher (répétable : chacune est retouchée)</translation>
    </message>
    <message>
        <source>mask for every picture (white = edit)</source>
        <translation>masque pour chaque image (blanc = retouché)</translation>
    </message>
    <message>
        <source>copies of each request</source>
        <translation>exemplaires de chaque requête</translation>
    </message>
    <message>
        <source>comma-separated sizes, one request each</source>
        <translation>tailles séparées par des virgules, une requête chacune</translation>
    </message>
    <message>
        <source>a name to recognise the batch by</source>
        <translation>un nom pour reconnaître le lot</translation>
    </message>
    <message>
        <source>where a batch (or every batch) is</source>
        <translation>où en est un lot (ou chaque lot)</translation>
    </message>
    <message>
        <source>the batch id (default: every batch)</source>
        <translation>l’identifiant du lot (par défaut : tous les lots)</translation>
    </message>
    <message>
        <source>write every finished image (idempotent)</source>
        <translation>écrire chaque image terminée (sans doublon si relancé)</translation>
    </message>
    <message>
        <source>the batch id</source>
        <translation>l’identifiant du lot</translation>
    </message>
    <message>
        <source>cancel a batch; what already ran is kept</source>
        <translation>annuler un lot ; ce qui est déjà fait est conservé</translation>
    </message>
    <message>
        <source>use the offline emulator</source>
        <translation>utiliser l’émulateur hors ligne</translation>
    </message>
    <message>
        <source>pixels to add on the left</source>
        <translation>pixels à ajouter à gauche</translation>
    </message>
    <message>
        <source>pixels to add at the top</source>
        <translation>pixels à ajouter en haut</translation>
    </message>
    <message>
        <source>pixels to add on the right</source>
        <translation>pixels à ajouter à droite</translation>
    </message>
    <message>
        <source>pixels to add at the bottom</source>
        <translation>pixels à ajouter en bas</translation>
    </message>
    <message>
        <source>send only a crop around the mask</source>
        <translation>n’envoyer qu’un recadrage autour du masque</translation>
    </message>
    <message>
        <source>pixels around the mask (--focus)</source>
        <translation>pixels autour du masque (--focus)</translation>
    </message>
    <message>
        <source>keep the result&apos;s own colours</source>
        <translation>garder les couleurs propres du résultat</translation>
    </message>
    <message>
        <source>extend the canvas and fill the new border</source>
        <translation>agrandir le canevas et remplir la nouvelle bordure</translation>
    </message>
    <message>
        <source>the picture to extend</source>
        <translation>l’image à agrandir</translation>
    </message>
    <message>
        <source>extend to this shape, e.g. 16:9</source>
        <translation>agrandir jusqu’à ce format, p. ex. 16:9</translation>
    </message>
    <message>
        <source>what the new border should show</source>
        <translation>ce que la nouvelle bordure doit montrer</translation>
    </message>
    <message>
        <source>low, medium, high or auto</source>
        <translation>low, medium, high ou auto</translation>
    </message>
    <message>
        <source>png, jpeg or webp</source>
        <translation>png, jpeg ou webp</translation>
    </message>
    <message>
        <source>folder to write the image into</source>
        <translation>dossier où écrire l’image</translation>
    </message>
    <message>
        <source>cheap parallel drafts of a prompt or edit</source>
        <translation>brouillons bon marché, en parallèle, d’un prompt ou d’une retouche</translation>
    </message>
    <message>
        <source>input image</source>
        <translation>image d’entrée</translation>
    </message>
    <message>
        <source>how many (default 4)</source>
        <translation>combien (4 par défaut)</translation>
    </message>
    <message>
        <source>render a picked draft at the final quality</source>
        <translation>rendre le brouillon choisi en qualité finale</translation>
    </message>
    <message>
        <source>the draft&apos;s job id or one of its files</source>
        <translation>l’identifiant de tâche du brouillon ou l’un de ses fichiers</translation>
    </message>
    <message>
        <source>final quality (default: high)</source>
        <translation>qualité finale (par défaut : high)</translation>
    </message>
    <message>
        <source>WIDTHxHEIGHT (default: match the picture)</source>
        <translation>LARGEURxHAUTEUR (par défaut : suivre l’image)</translation>
    </message>
    <message>
        <source>render the prompt again (new composition)</source>
        <translation>refaire le rendu du prompt (nouvelle composition)</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Side by side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <source>Before/after slider</source>
        <translation>Curseur avant/après</translation>
    </message>
    <message>
        <source>Drag to move the split</source>
        <translation>Faites glisser pour déplacer la séparation</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>The check failed: {error}</source>
        <translation>La vérification a échoué : {error}</translation>
    </message>
    <message>
        <source>Connected to {url}.</source>
        <translation>Connecté à {url}.</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>No API key. Enter one in Settings, set OPENAI_API_KEY, or use demo mode.</source>
        <translation>Pas de clé API. Saisissez-en une dans les Réglages, définissez OPENAI_API_KEY ou utilisez le mode démo.</translation>
    </message>
    <message>
        <source>No API key: the system keyring was refused ({problem}). Enter one in Settings (kept for this session), set OPENAI_API_KEY, or use demo mode.</source>
        <translation>Pas de clé API : le trousseau système a refusé l’accès ({problem}). Saisissez-en une dans les Réglages (gardée pour cette session), définissez OPENAI_API_KEY ou utilisez le mode démo.</translation>
    </message>
    <message>
        <source>No API key to test: paste one first.</source>
        <translation>Pas de clé API à tester : collez-en une d’abord.</translation>
    </message>
    <message>
        <source>This job (~{estimate}) would take {whose} spend from {already} to {after}, over the {name} cap of {cap}.</source>
        <translation>Cette tâche (~{estimate}) ferait passer {whose} de {already} à {after}, au-delà du plafond {name} de {cap}.</translation>
    </message>
    <message>
        <source>After this job (~{estimate}) {whose} spend would be {after}: {percent} of the {name} cap of {cap} ({already} spent).</source>
        <translation>Après cette tâche (~{estimate}), {whose} atteindraient {after} : {percent} du plafond {name} de {cap} ({already} déjà dépensés).</translation>
    </message>
    <message>
        <source>{message} Refused before sending (budget settings).</source>
        <translation>{message} Refusée avant l’envoi (réglages de budget).</translation>
    </message>
    <message>
        <source>today&apos;s</source>
        <translation>les dépenses du jour</translation>
    </message>
    <message>
        <source>this month&apos;s</source>
        <translation>les dépenses du mois</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>quotidien</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>mensuel</translation>
    </message>
    <message>
        <source>Could not reach the server ({reason}). Nothing was sent, so nothing was billed.</source>
        <translation>Impossible de joindre le serveur ({reason}). Rien n’a été envoyé, donc rien n’a été facturé.</translation>
    </message>
    <message>
        <source>The server stopped answering in time.</source>
        <translation>Le serveur a cessé de répondre à temps.</translation>
    </message>
    <message>
        <source>The server closed the connection after receiving the request.</source>
        <translation>Le serveur a fermé la connexion après avoir reçu la requête.</translation>
    </message>
    <message>
        <source>The connection dropped during the stream.</source>
        <translation>La connexion a été coupée pendant le flux.</translation>
    </message>
    <message>
        <source>The request may have been billed, so it was not retried automatically: check your usage before you try again.</source>
        <translation>La requête a peut-être été facturée, elle n’a donc pas été relancée automatiquement : vérifiez votre consommation avant de réessayer.</translation>
    </message>
    <message>
        <source>The request was refused by the safety system{stage}. Your prompt is kept: rephrase it or change the image. ({detail})</source>
        <translation>La requête a été refusée par le système de sécurité{stage}. Votre prompt est conservé : reformulez-le ou changez l’image. ({detail})</translation>
    </message>
    <message>
        <source>Rate limited by the API. ({detail})</source>
        <translation>Limite de débit de l’API atteinte. ({detail})</translation>
    </message>
    <message>
        <source>Your account is out of credit or over its quota; add credit in the OpenAI billing settings. ({detail})</source>
        <translation>Votre compte n’a plus de crédit ou a dépassé son quota ; ajoutez du crédit dans les réglages de facturation d’OpenAI. ({detail})</translation>
    </message>
    <message>
        <source>The API key was rejected; check it in Settings. ({detail})</source>
        <translation>La clé API a été refusée ; vérifiez-la dans les Réglages. ({detail})</translation>
    </message>
    <message>
        <source>Your organization is not allowed to use this model yet. ({detail})</source>
        <translation>Votre organisation n’a pas encore accès à ce modèle. ({detail})</translation>
    </message>
    <message>
        <source>The model or endpoint was not found. ({detail})</source>
        <translation>Le modèle ou le point d’accès est introuvable. ({detail})</translation>
    </message>
    <message>
        <source>The image service had an internal error; nothing is retried automatically because a retry could be billed twice. ({detail})</source>
        <translation>Le service d’images a rencontré une erreur interne ; rien n’est relancé automatiquement, car un nouvel essai pourrait être facturé deux fois. ({detail})</translation>
    </message>
    <message>
        <source>The request was rejected. ({detail})</source>
        <translation>La requête a été rejetée. ({detail})</translation>
    </message>
    <message>
        <source>The server sent the request on to {where}. Redirects are not followed, so your API key stays with the address you configured: check the provider URL in Settings. Nothing was billed.</source>
        <translation>Le serveur a redirigé la requête vers {where}. Les redirections ne sont pas suivies, votre clé API reste donc à l’adresse configurée : vérifiez l’URL du fournisseur dans les Réglages. Rien n’a été facturé.</translation>
    </message>
    <message>
        <source>Cancelled while waiting to retry.</source>
        <translation>Annulé pendant l’attente d’un nouvel essai.</translation>
    </message>
    <message>
        <source>No complete answer within the {limit} s time limit, so the request was stopped (raise the limit in Settings if your images need longer).</source>
        <translation>Pas de réponse complète dans le délai de {limit} s, la requête a donc été arrêtée (augmentez le délai dans les Réglages si vos images demandent plus de temps).</translation>
    </message>
    <message>
        <source>The stream ended before the final image arrived.</source>
        <translation>Le flux s’est terminé avant l’arrivée de l’image finale.</translation>
    </message>
    <message>
        <source>The server&apos;s answer ended before any image arrived.</source>
        <translation>La réponse du serveur s’est terminée avant l’arrivée d’une image.</translation>
    </message>
    <message>
        <source>The last partial image is kept.</source>
        <translation>La dernière image partielle est conservée.</translation>
    </message>
    <message>
        <source>{count} of {wanted} images arrived and are kept.</source>
        <translation>{count} image(s) sur {wanted} sont arrivées et sont conservées.</translation>
    </message>
    <message>
        <source>Only {count} of {wanted} images came.</source>
        <translation>Seulement {count} image(s) sur {wanted} sont arrivées.</translation>
    </message>
    <message>
        <source>The server answered with a web page instead of images</source>
        <translation>Le serveur a répondu par une page web au lieu d’images</translation>
    </message>
    <message>
        <source>The server answered with an error instead of images</source>
        <translation>Le serveur a répondu par une erreur au lieu d’images</translation>
    </message>
    <message>
        <source>The server&apos;s answer held no images</source>
        <translation>La réponse du serveur ne contenait aucune image</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON</source>
        <translation>La réponse du serveur n’est pas du JSON valide</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not an images response</source>
        <translation>La réponse du serveur n’est pas une réponse d’images</translation>
    </message>
    <message>
        <source>The server sent stream data that is not JSON</source>
        <translation>Le serveur a envoyé des données de flux qui ne sont pas du JSON</translation>
    </message>
    <message>
        <source>Studio stopped before this job finished (closed, killed or crashed); the images received so far are kept. Send it again to finish it.</source>
        <translation>Studio s’est arrêté avant la fin de cette tâche (fermé, tué ou planté) ; les images déjà reçues sont conservées. Renvoyez-la pour la terminer.</translation>
    </message>
    <message>
        <source>describe the image you want: the prompt is empty</source>
        <translation>décrivez l’image souhaitée : le prompt est vide</translation>
    </message>
    <message>
        <source>contains a NUL character (\0); remove it</source>
        <translation>contient un caractère NUL (\0) ; supprimez-le</translation>
    </message>
    <message>
        <source>{count} characters; the limit is 32,000</source>
        <translation>{count} caractères ; la limite est de 32 000</translation>
    </message>
    <message>
        <source>must be between 1 and 10 (got {value})</source>
        <translation>doit être compris entre 1 et 10 (reçu : {value})</translation>
    </message>
    <message>
        <source>must be 0 to 3 (got {value})</source>
        <translation>doit être de 0 à 3 (reçu : {value})</translation>
    </message>
    <message>
        <source>must be 0 to 100 (got {value})</source>
        <translation>doit être de 0 à 100 (reçu : {value})</translation>
    </message>
    <message>
        <source>only applies to jpeg or webp output, not {format}</source>
        <translation>ne s’applique qu’aux sorties JPEG ou WebP, pas à {format}</translation>
    </message>
    <message>
        <source>a transparent background needs png or webp output, not {format}</source>
        <translation>un arrière-plan transparent nécessite une sortie PNG ou WebP, pas {format}</translation>
    </message>
    <message>
        <source>{value} is not available on {model}; choose one of {allowed}</source>
        <translation>{value} n’est pas disponible sur {model} ; choisissez parmi {allowed}</translation>
    </message>
    <message>
        <source>{reason}; leave it unset</source>
        <translation>{reason} ; laissez ce réglage vide</translation>
    </message>
    <message>
        <source>{size}: both edges must be multiples of {step}</source>
        <translation>{size} : les deux côtés doivent être des multiples de {step}</translation>
    </message>
    <message>
        <source>{size}: the longest edge may be at most {edge}</source>
        <translation>{size} : le plus grand côté ne doit pas dépasser {edge}</translation>
    </message>
    <message>
        <source>{size}: the aspect ratio must be between 1:3 and 3:1</source>
        <translation>{size} : le rapport largeur/hauteur doit être compris entre 1:3 et 3:1</translation>
    </message>
    <message>
        <source>{size} is {pixels} pixels; allowed is {low} to {high}</source>
        <translation>{size} fait {pixels} pixels ; la plage autorisée va de {low} à {high}</translation>
    </message>
    <message>
        <source>{model} supports only {sizes}</source>
        <translation>{model} n’accepte que {sizes}</translation>
    </message>
    <message>
        <source>size must be &apos;auto&apos; or WIDTHxHEIGHT such as 1536x1024, not {size}</source>
        <translation>la taille doit être « auto » ou LARGEURxHAUTEUR, par exemple 1536x1024, pas {size}</translation>
    </message>
    <message>
        <source>{count} images; the limit is {limit}</source>
        <translation>{count} images ; la limite est de {limit}</translation>
    </message>
    <message>
        <source>markup cannot be combined with a mask</source>
        <translation>les annotations ne peuvent pas être combinées avec un masque</translation>
    </message>
    <message>
        <source>a mask or markup needs an input image to edit</source>
        <translation>un masque ou des annotations nécessitent une image d’entrée à retoucher</translation>
    </message>
    <message>
        <source>the {param} must be a PNG with an alpha channel</source>
        <translation>{param} doit être un PNG avec une couche alpha</translation>
    </message>
    <message>
        <source>the mask is {size} bytes; limit 4 MB</source>
        <translation>le masque fait {size} octets ; limite de 4 Mo</translation>
    </message>
    <message>
        <source>the {param} is {size} but the first image is {first}; they must match exactly</source>
        <translation>{param} fait {size} mais la première image fait {first} ; elles doivent correspondre exactement</translation>
    </message>
    <message>
        <source>{label} is {format}; use PNG, JPEG or WebP</source>
        <translation>{label} est au format {format} ; utilisez PNG, JPEG ou WebP</translation>
    </message>
    <message>
        <source>{model} does not support masks</source>
        <translation>{model} ne prend pas en charge les masques</translation>
    </message>
    <message>
        <source>{model} does not support markup-guided edits (GPT Image 2.5 and later do)</source>
        <translation>{model} ne prend pas en charge les retouches guidées par annotations (GPT Image 2.5 et suivants, oui)</translation>
    </message>
    <message>
        <source>{model} cannot make transparent backgrounds</source>
        <translation>{model} ne sait pas créer d’arrière-plans transparents</translation>
    </message>
    <message>
        <source>{model} has no complexity setting (GPT Image 2.6 does)</source>
        <translation>{model} n’a pas de réglage de complexité (GPT Image 2.6, oui)</translation>
    </message>
    <message>
        <source>{model} supports quality {qualities}</source>
        <translation>{model} propose les qualités {qualities}</translation>
    </message>
    <message>
        <source>{model} supports output formats {formats}</source>
        <translation>{model} propose les formats de sortie {formats}</translation>
    </message>
    <message>
        <source>{model} does not stream partial images</source>
        <translation>{model} ne diffuse pas d’images partielles</translation>
    </message>
    <message>
        <source>{model} does not accept input_fidelity={value}</source>
        <translation>{model} n’accepte pas input_fidelity={value}</translation>
    </message>
    <message>
        <source>{model} was shut down on {day}; use {instead} instead</source>
        <translation>{model} a été arrêté le {day} ; utilisez {instead} à la place</translation>
    </message>
    <message>
        <source>retired by OpenAI on {day}; your provider may still serve it</source>
        <translation>retiré par OpenAI le {day} ; votre fournisseur le propose peut-être encore</translation>
    </message>
    <message>
        <source>retired on {day} — estimate only</source>
        <translation>retiré le {day} — estimation seulement</translation>
    </message>
    <message>
        <source>Your default model {model} is no longer available</source>
        <translation>Votre modèle par défaut {model} n’est plus disponible</translation>
    </message>
    <message>
        <source>Your default model {model} was retired on {day}</source>
        <translation>Votre modèle par défaut {model} a été retiré le {day}</translation>
    </message>
    <message>
        <source>The server says the model {model} is not available; choose another model</source>
        <translation>Le serveur indique que le modèle {model} n’est pas disponible ; choisissez-en un autre</translation>
    </message>
    <message>
        <source>{model} has been retired; the final uses {final}.</source>
        <translation>{model} a été retiré ; la version finale utilise {final}.</translation>
    </message>
    <message>
        <source>{notice}; it is now {instead}.</source>
        <translation>{notice} ; c’est désormais {instead}.</translation>
    </message>
    <message>
        <source>its shutdown date</source>
        <translation>sa date d’arrêt</translation>
    </message>
    <message>
        <source>The server says {model} is no longer available (OpenAI retired it on {day}); use {instead} instead</source>
        <translation>Le serveur indique que {model} n’est plus disponible (OpenAI l’a retiré le {day}) ; utilisez plutôt {instead}</translation>
    </message>
    <message>
        <source>The server says {model} is no longer available; use {instead} instead</source>
        <translation>Le serveur indique que {model} n’est plus disponible ; utilisez plutôt {instead}</translation>
    </message>
    <message>
        <source>unknown model {model}; known: {known}</source>
        <translation>modèle inconnu {model} ; modèles connus : {known}</translation>
    </message>
    <message>
        <source>unknown model {model}</source>
        <translation>modèle inconnu {model}</translation>
    </message>
    <message>
        <source>STUDIO_TODAY must be a date such as 2026-12-01, not {value}; unset it to use the system date</source>
        <translation>STUDIO_TODAY doit être une date comme 2026-12-01, pas {value} ; retirez-la pour utiliser la date du système</translation>
    </message>
    <message>
        <source>size auto is estimated at 1024x1024</source>
        <translation>la taille auto est estimée à 1024x1024</translation>
    </message>
    <message>
        <source>size auto is estimated at the first image&apos;s size</source>
        <translation>la taille auto est estimée à la taille de la première image</translation>
    </message>
    <message>
        <source>quality auto is budgeted as {quality}; the bill follows usage</source>
        <translation>la qualité auto est budgétée en {quality} ; la facture suit la consommation réelle</translation>
    </message>
    <message>
        <source>{model} has no published token formula: approximate until reconciled</source>
        <translation>{model} n’a pas de formule de jetons publiée : approximatif jusqu’au rapprochement</translation>
    </message>
    <message>
        <source>not an image Studio can read (use PNG, JPEG or WebP)</source>
        <translation>pas une image que Studio sait lire (utilisez PNG, JPEG ou WebP)</translation>
    </message>
    <message>
        <source>not a readable image ({reason})</source>
        <translation>image illisible ({reason})</translation>
    </message>
    <message>
        <source>damaged or cut short ({reason})</source>
        <translation>endommagée ou tronquée ({reason})</translation>
    </message>
    <message>
        <source>The mask is {mask_size} pixels but the image is {image_size}.</source>
        <translation>Le masque fait {mask_size} pixels mais l’image fait {image_size}.</translation>
    </message>
    <message>
        <source>that job has no finished image to finalize</source>
        <translation>cette tâche n’a pas d’image terminée à finaliser</translation>
    </message>
    <message>
        <source>{name} is not an image Studio made</source>
        <translation>{name} n’est pas une image créée par Studio</translation>
    </message>
    <message>
        <source>no job or file {ref} in the history</source>
        <translation>aucune tâche ni aucun fichier {ref} dans l’historique</translation>
    </message>
    <message>
        <source>average of the last {count} paid jobs ({images} images)</source>
        <translation>moyenne des {count} dernières tâches payantes ({images} images)</translation>
    </message>
    <message>
        <source>the current settings&apos; estimate</source>
        <translation>estimation des réglages actuels</translation>
    </message>
    <message>
        <source>no paid jobs yet</source>
        <translation>aucune tâche payante pour l’instant</translation>
    </message>
    <message>
        <source>the system keyring</source>
        <translation>le trousseau système</translation>
    </message>
    <message>
        <source>this session only (not saved)</source>
        <translation>cette session seulement (non enregistrée)</translation>
    </message>
    <message>
        <source>the environment variable</source>
        <translation>la variable d’environnement</translation>
    </message>
    <message>
        <source>no usable system keyring was found (on Linux install and unlock a Secret Service such as GNOME Keyring or KWallet)</source>
        <translation>aucun trousseau système utilisable (sous Linux, installez et déverrouillez un Secret Service comme GNOME Keyring ou KWallet)</translation>
    </message>
    <message>
        <source>the keyring backend {name} keeps keys in a plain file, which Studio won&apos;t use</source>
        <translation>le trousseau {name} garde les clés dans un simple fichier, ce que Studio refuse</translation>
    </message>
    <message>
        <source>cannot read the key: {reason}</source>
        <translation>impossible de lire la clé : {reason}</translation>
    </message>
    <message>
        <source>cannot save the key: {reason}</source>
        <translation>impossible d’enregistrer la clé : {reason}</translation>
    </message>
    <message>
        <source>cannot delete the key: {reason}</source>
        <translation>impossible de supprimer la clé : {reason}</translation>
    </message>
    <message>
        <source>cannot read the key in the system keyring ({error}); it may be locked</source>
        <translation>impossible de lire la clé dans le trousseau système ({error}) ; il est peut-être verrouillé</translation>
    </message>
    <message>
        <source>cannot save the key in the system keyring ({error}); it may be locked</source>
        <translation>impossible d’enregistrer la clé dans le trousseau système ({error}) ; il est peut-être verrouillé</translation>
    </message>
    <message>
        <source>cannot delete the key in the system keyring ({error}); it may be locked</source>
        <translation>impossible de supprimer la clé du trousseau système ({error}) ; il est peut-être verrouillé</translation>
    </message>
    <message>
        <source>environment variables are read-only; set them in your shell</source>
        <translation>les variables d’environnement sont en lecture seule ; définissez-les dans votre shell</translation>
    </message>
    <message>
        <source>environment variables are read-only; unset them in your shell</source>
        <translation>les variables d’environnement sont en lecture seule ; retirez-les dans votre shell</translation>
    </message>
    <message>
        <source>a canvas can only be extended by zero or more pixels per side</source>
        <translation>un canevas ne s’agrandit que de zéro pixel ou plus par côté</translation>
    </message>
    <message>
        <source>an aspect ratio must be positive</source>
        <translation>un rapport d’aspect doit être positif</translation>
    </message>
    <message>
        <source>an aspect ratio looks like 16:9, not {text}</source>
        <translation>un rapport d’aspect s’écrit comme 16:9, pas {text}</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder; choose a folder for the images</source>
        <translation>{folder} est un fichier, pas un dossier ; choisissez un dossier pour les images</translation>
    </message>
    <message>
        <source>cannot create the folder {folder}: {parent} is a file</source>
        <translation>impossible de créer le dossier {folder} : {parent} est un fichier</translation>
    </message>
    <message>
        <source>cannot create the folder {folder} in {parent}: {reason}</source>
        <translation>impossible de créer le dossier {folder} dans {parent} : {reason}</translation>
    </message>
    <message>
        <source>cannot write into {folder}: {reason}</source>
        <translation>impossible d’écrire dans {folder} : {reason}</translation>
    </message>
    <message>
        <source>Could not record the job in the data folder {root} ({reason}); nothing was sent.</source>
        <translation>Impossible d’enregistrer la tâche dans le dossier de données {root} ({reason}) ; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Could not save to the data folder {root} ({reason}); the images received are still delivered but not kept in the history.</source>
        <translation>Impossible d’enregistrer dans le dossier de données {root} ({reason}) ; les images reçues sont quand même livrées mais ne figurent pas dans l’historique.</translation>
    </message>
</context>
<context>
    <name>Cost</name>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
</context>
<context>
    <name>CostController</name>
    <message>
        <source>&amp;Usage Report…</source>
        <translation>Rapport de &amp;consommation…</translation>
    </message>
    <message>
        <source>Spend by day, model, quality and mode; export CSV</source>
        <translation>Dépenses par jour, modèle, qualité et mode ; export CSV</translation>
    </message>
</context>
<context>
    <name>CostSidebar</name>
    <message>
        <source>Text in</source>
        <translation>Texte en entrée</translation>
    </message>
    <message>
        <source>Image in</source>
        <translation>Image en entrée</translation>
    </message>
    <message>
        <source>Image out</source>
        <translation>Image en sortie</translation>
    </message>
    <message>
        <source>Partial images</source>
        <translation>Images partielles</translation>
    </message>
    <message>
        <source>Next job</source>
        <translation>Prochaine tâche</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Dépensé</translation>
    </message>
    <message>
        <source>Last job: —</source>
        <translation>Dernière tâche : —</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Économisé</translation>
    </message>
    <message>
        <source>&lt;i&gt;tokens&lt;/i&gt;</source>
        <translation>&lt;i&gt;jetons&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;USD&lt;/i&gt;</source>
        <translation>&lt;i&gt;USD&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Set budget…</source>
        <translation>Définir un budget…</translation>
    </message>
    <message>
        <source>As a batch: {cost} (½ price, within 24 h)</source>
        <translation>En lot : {cost} (moitié prix, sous 24 h)</translation>
    </message>
    <message>
        <source>cached — $0</source>
        <translation>en cache — 0 $</translation>
    </message>
    <message>
        <source>{approx}{cost} · {tokens} tokens</source>
        <translation>{approx}{cost} · {tokens} jetons</translation>
    </message>
    <message>
        <source>Focused edit (sent at {0}): {1}</source>
        <translation>Retouche ciblée (envoyée en {0}) : {1}</translation>
    </message>
    <message>
        <source>Full frame ({0}×{1}): {2}</source>
        <translation>Image entière ({0}×{1}) : {2}</translation>
    </message>
    <message>
        <source>Tools ▸ Focused edit sends the crop.</source>
        <translation>Outils ▸ Retouche ciblée envoie le recadrage.</translation>
    </message>
    <message>
        <source>{count} job</source>
        <translation>{count} tâche</translation>
    </message>
    <message>
        <source>{count} jobs</source>
        <translation>{count} tâches</translation>
    </message>
    <message>
        <source>{count} image</source>
        <translation>{count} image</translation>
    </message>
    <message>
        <source>{count} images</source>
        <translation>{count} images</translation>
    </message>
    <message>
        <source>Session: {cost} · {jobs} · {images}</source>
        <translation>Session : {cost} · {jobs} · {images}</translation>
    </message>
    <message>
        <source>Today: {cost}</source>
        <translation>Aujourd’hui : {cost}</translation>
    </message>
    <message>
        <source>This month: {cost}</source>
        <translation>Ce mois-ci : {cost}</translation>
    </message>
    <message>
        <source>{model} rates per 1M tokens: text in {text_in}, image in {image_in}, image out {image_out} — as of {as_of} ({source})</source>
        <translation>Tarifs {model} par million de jetons : texte en entrée {text_in}, image en entrée {image_in}, image en sortie {image_out} — au {as_of} ({source})</translation>
    </message>
    <message>
        <source>Last job: cached — $0 ({label})</source>
        <translation>Dernière tâche : en cache — 0 $ ({label})</translation>
    </message>
    <message>
        <source>Last job: not sent (budget cap) — $0</source>
        <translation>Dernière tâche : non envoyée (plafond de budget) — 0 $</translation>
    </message>
    <message>
        <source>Last job: failed — {cost} billed</source>
        <translation>Dernière tâche : échec — {cost} facturés</translation>
    </message>
    <message>
        <source>failed, billed</source>
        <translation>échec, facturée</translation>
    </message>
    <message>
        <source>billed</source>
        <translation>facturée</translation>
    </message>
    <message>
        <source> (≈: the SVG author&apos;s rates are not published)</source>
        <translation> (≈ : les tarifs de l’auteur SVG ne sont pas publiés)</translation>
    </message>
    <message>
        <source>Last job: {cost} {state} · {tokens_in} in + {tokens_out} out tokens</source>
        <translation>Dernière tâche : {cost} {state} · {tokens_in} jetons en entrée + {tokens_out} en sortie</translation>
    </message>
    <message>
        <source>{spent} of {cap} today ({percent})</source>
        <translation>{spent} sur {cap} aujourd’hui ({percent})</translation>
    </message>
    <message>
        <source>{spent} today · no cap</source>
        <translation>{spent} aujourd’hui · aucun plafond</translation>
    </message>
    <message>
        <source>{spent} of {cap} this month ({percent})</source>
        <translation>{spent} sur {cap} ce mois-ci ({percent})</translation>
    </message>
    <message>
        <source>{spent} this month · no cap</source>
        <translation>{spent} ce mois-ci · aucun plafond</translation>
    </message>
    <message>
        <source>A job that would cross a cap: Studio asks before sending it. Warning at {percent}.</source>
        <translation>Une tâche qui dépasserait un plafond : Studio demande avant de l’envoyer. Avertissement à {percent}.</translation>
    </message>
    <message>
        <source>A job that would cross a cap: Studio refuses sending it. Warning at {percent}.</source>
        <translation>Une tâche qui dépasserait un plafond : Studio refuse de l’envoyer. Avertissement à {percent}.</translation>
    </message>
    <message>
        <source>{count} hit</source>
        <translation>{count} résultat en cache</translation>
    </message>
    <message>
        <source>{count} hits</source>
        <translation>{count} résultats en cache</translation>
    </message>
    <message>
        <source>Cache: {hits} served at $0 instead of {cost}.</source>
        <translation>Cache : {hits} servis à 0 $ au lieu de {cost}.</translation>
    </message>
    <message>
        <source>Drafts then final: {saved} saved on {finalized} finalized; every draft at final quality would have cost {alternative}, drafts + finals cost {actual}.</source>
        <translation>Brouillons puis version finale : {saved} économisés sur {finalized} finalisés ; chaque brouillon en qualité finale aurait coûté {alternative}, brouillons + versions finales ont coûté {actual}.</translation>
    </message>
    <message>
        <source>Nothing saved yet this month.</source>
        <translation>Rien d’économisé ce mois-ci pour l’instant.</translation>
    </message>
    <message>
        <source>This month: {cost} saved.</source>
        <translation>Ce mois-ci : {cost} économisés.</translation>
    </message>
</context>
<context>
    <name>CostState</name>
    <message>
        <source>Reading the picture…</source>
        <translation>Lecture de l’image…</translation>
    </message>
</context>
<context>
    <name>DayBars</name>
    <message>
        <source>No spend yet</source>
        <translation>Aucune dépense pour l’instant</translation>
    </message>
</context>
<context>
    <name>DefaultsPage</name>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Images per request</source>
        <translation>Images par requête</translation>
    </message>
    <message>
        <source>Partial previews</source>
        <translation>Aperçus partiels</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Format de fichier</translation>
    </message>
    <message>
        <source>Drafts per round</source>
        <translation>Brouillons par série</translation>
    </message>
    <message>
        <source>Draft quality</source>
        <translation>Qualité des brouillons</translation>
    </message>
    <message>
        <source>Final quality</source>
        <translation>Qualité finale</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>Gallery</source>
        <translation>Galerie</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
</context>
<context>
    <name>DraftsController</name>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>Cheap low-quality drafts of this prompt (Ctrl+Shift+Enter)</source>
        <translation>Brouillons rapides en basse qualité de ce prompt (Ctrl+Maj+Entrée)</translation>
    </message>
    <message>
        <source>These drafts are already running: nothing new was sent</source>
        <translation>Ces brouillons sont déjà en cours : rien de nouveau n’a été envoyé</translation>
    </message>
    <message>
        <source>Draft {index}/{count}</source>
        <translation>Brouillon {index}/{count}</translation>
    </message>
    <message>
        <source>{count} drafts at {quality}, {size}</source>
        <translation>{count} brouillons en {quality}, {size}</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>approximatif</translation>
    </message>
    <message>
        <source>This final is already running: nothing new was sent</source>
        <translation>Cette version finale est déjà en cours : rien de nouveau n’a été envoyé</translation>
    </message>
    <message>
        <source>Finalize ({quality})</source>
        <translation>Finaliser ({quality})</translation>
    </message>
    <message>
        <source>Use as Canvas</source>
        <translation>Utiliser comme canevas</translation>
    </message>
    <message>
        <source>Result is now the canvas: paint a mask for the next edit</source>
        <translation>Le résultat est maintenant le canevas : peignez un masque pour la retouche suivante</translation>
    </message>
    <message>
        <source>Restore Version</source>
        <translation>Restaurer la version</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Bifurquer</translation>
    </message>
    <message>
        <source>Preparing the picture for upload… the drafts start next</source>
        <translation>Préparation de l’image pour l’envoi… les brouillons démarrent ensuite</translation>
    </message>
    <message>
        <source>Could not prepare the picture; nothing was sent: {error}</source>
        <translation>Impossible de préparer l’image ; rien n’a été envoyé : {error}</translation>
    </message>
    <message>
        <source>Before / after</source>
        <translation>Avant / après</translation>
    </message>
</context>
<context>
    <name>EdgeOptions</name>
    <message>
        <source>Mask edge</source>
        <translation>Bord du masque</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>How softly the result fades into the picture</source>
        <translation>Douceur du fondu du résultat dans l’image</translation>
    </message>
    <message>
        <source>Feather</source>
        <translation>Contour progressif</translation>
    </message>
    <message>
        <source>Grow</source>
        <translation>Dilater</translation>
    </message>
    <message>
        <source>Shrink</source>
        <translation>Contracter</translation>
    </message>
    <message>
        <source>Widen the painted area by this many pixels (undoable)</source>
        <translation>Élargir la zone peinte de ce nombre de pixels (annulable)</translation>
    </message>
    <message>
        <source>Narrow the painted area by this many pixels (undoable)</source>
        <translation>Réduire la zone peinte de ce nombre de pixels (annulable)</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Show the blended edge</source>
        <translation>Afficher le bord fondu</translation>
    </message>
    <message>
        <source>Masked edits</source>
        <translation>Retouches masquées</translation>
    </message>
    <message>
        <source>Blend colours into the picture</source>
        <translation>Fondre les couleurs dans l’image</translation>
    </message>
    <message>
        <source>Match the new area&apos;s colour and tone to what surrounds it, so no seam shows</source>
        <translation>Accorder la couleur et les tons de la nouvelle zone à ce qui l’entoure, pour qu’aucun raccord ne se voie</translation>
    </message>
    <message>
        <source>Focused edit</source>
        <translation>Retouche ciblée</translation>
    </message>
    <message>
        <source>Send only the area around the mask: more detail for less. Drag the box&apos;s frame on the canvas to move it.</source>
        <translation>N’envoyer que la zone autour du masque : plus de détail pour moins cher. Faites glisser le cadre sur le canevas pour le déplacer.</translation>
    </message>
    <message>
        <source>How much of the picture around the mask is sent</source>
        <translation>Part de l’image envoyée autour du masque</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>Your work is still open. Details are below.</source>
        <translation>Votre travail est toujours ouvert. Les détails figurent ci-dessous.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Result</source>
        <translation>Exporter le résultat</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Cannot export: {error}</source>
        <translation>Impossible d’exporter : {error}</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>Extend Canvas</source>
        <translation>Agrandir le canevas</translation>
    </message>
    <message>
        <source>The picture is {0} × {1} pixels.</source>
        <translation>L’image fait {0} × {1} pixels.</translation>
    </message>
    <message>
        <source>Pixels per side</source>
        <translation>Pixels par côté</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>L</source>
        <translation>G</translation>
    </message>
    <message>
        <source>T</source>
        <translation>H</translation>
    </message>
    <message>
        <source>R</source>
        <translation>D</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Add pixels on at least one side.</source>
        <translation>Ajoutez des pixels sur au moins un côté.</translation>
    </message>
    <message>
        <source>This cannot be sent: {0}</source>
        <translation>Envoi impossible : {0}</translation>
    </message>
    <message>
        <source>New canvas: {0} × {1} (sent at {2} × {3}).</source>
        <translation>Nouveau canevas : {0} × {1} (envoyé en {2} × {3}).</translation>
    </message>
    <message>
        <source>The new border is filled by the next edit.</source>
        <translation>La nouvelle bordure est remplie par la prochaine retouche.</translation>
    </message>
</context>
<context>
    <name>FinalizeDialog</name>
    <message>
        <source>Finalize Draft</source>
        <translation>Finaliser le brouillon</translation>
    </message>
    <message>
        <source>Edit from the draft (keeps its composition; a masked draft re-renders only its mask)</source>
        <translation>Retoucher à partir du brouillon (garde sa composition ; un brouillon masqué ne recalcule que son masque)</translation>
    </message>
    <message>
        <source>Regenerate from the prompt (new composition)</source>
        <translation>Régénérer à partir du prompt (nouvelle composition)</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Cannot send: {reason}</source>
        <translation>Envoi impossible : {reason}</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>Finaliser</translation>
    </message>
    <message>
        <source>Estimated cost: {cost}</source>
        <translation>Coût estimé : {cost}</translation>
    </message>
    <message>
        <source>Finalize ({cost})</source>
        <translation>Finaliser ({cost})</translation>
    </message>
</context>
<context>
    <name>FinalizeFor</name>
    <message>
        <source>Match canvas ({size})</source>
        <translation>Selon canevas ({size})</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>&lt;h2&gt;Welcome to Image Studio&lt;/h2&gt;&lt;p&gt;To create images with OpenAI&apos;s GPT Image models, paste your API key below (create one at &lt;a href=&apos;https://platform.openai.com/api-keys&apos;&gt;platform.openai.com&lt;/a&gt;). Images are billed to your OpenAI account.&lt;/p&gt;&lt;p&gt;Just looking around? &lt;b&gt;Demo mode&lt;/b&gt; works offline with a built-in simulator and costs nothing.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans Image Studio&lt;/h2&gt;&lt;p&gt;Pour créer des images avec les modèles GPT Image d’OpenAI, collez votre clé API ci-dessous (créez-en une sur &lt;a href=&apos;https://platform.openai.com/api-keys&apos;&gt;platform.openai.com&lt;/a&gt;). Les images sont facturées sur votre compte OpenAI.&lt;/p&gt;&lt;p&gt;Vous voulez juste découvrir ? Le &lt;b&gt;mode démo&lt;/b&gt; fonctionne hors ligne avec un simulateur intégré et ne coûte rien.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Welcome to Image Studio</source>
        <translation>Bienvenue dans Image Studio</translation>
    </message>
    <message>
        <source>Paste your API key (sk-…)</source>
        <translation>Collez votre clé API (sk-…)</translation>
    </message>
    <message>
        <source>Keep the key for this session only</source>
        <translation>Garder la clé pour cette session seulement</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Start in demo mode</source>
        <translation>Démarrer en mode démo</translation>
    </message>
    <message>
        <source>Save key and continue</source>
        <translation>Enregistrer la clé et continuer</translation>
    </message>
    <message>
        <source>Continue anyway</source>
        <translation>Continuer quand même</translation>
    </message>
    <message>
        <source>Paste your API key first, or start in demo mode.</source>
        <translation>Collez d’abord votre clé API, ou démarrez en mode démo.</translation>
    </message>
    <message>
        <source>Saving the key…</source>
        <translation>Enregistrement de la clé…</translation>
    </message>
    <message>
        <source>Key kept in {place}. Checking it…</source>
        <translation>Clé conservée dans {place}. Vérification…</translation>
    </message>
    <message>
        <source>✘ The check did not pass: {reason}&lt;br&gt;The key is kept; you can change it later in Settings.</source>
        <translation>✘ La vérification a échoué : {reason}&lt;br&gt;La clé est conservée ; vous pourrez la changer plus tard dans les Réglages.</translation>
    </message>
</context>
<context>
    <name>GalleryDelegate</name>
    <message>
        <source>queued</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>streaming…</source>
        <translation>en cours de réception…</translation>
    </message>
</context>
<context>
    <name>GalleryItem</name>
    <message>
        <source>{model} · quality {quality} · {size}</source>
        <translation>{model} · qualité {quality} · {size}</translation>
    </message>
    <message>
        <source>Cost {cost} · time {time}</source>
        <translation>Coût {cost} · durée {time}</translation>
    </message>
</context>
<context>
    <name>GalleryModel</name>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>no image returned</source>
        <translation>aucune image renvoyée</translation>
    </message>
</context>
<context>
    <name>GalleryView</name>
    <message>
        <source>Open Full View</source>
        <translation>Ouvrir en grand</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Favori</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>Remove from Gallery</source>
        <translation>Retirer de la galerie</translation>
    </message>
    <message>
        <source>Compare Two Side by Side</source>
        <translation>Comparer deux côte à côte</translation>
    </message>
    <message>
        <source>Before/After with Canvas</source>
        <translation>Avant/après avec le canevas</translation>
    </message>
    <message>
        <source>Finalize…</source>
        <translation>Finaliser…</translation>
    </message>
    <message>
        <source>Use as Canvas</source>
        <translation>Utiliser comme canevas</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation>Copier l’image</translation>
    </message>
    <message>
        <source>Reveal in Folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Compare results</source>
        <translation>Comparer les résultats</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>Image Studio&apos;s data folder</source>
        <translation>Dossier de données d’Image Studio</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Applies the next time Image Studio starts</source>
        <translation>S’applique au prochain démarrage d’Image Studio</translation>
    </message>
    <message>
        <source>Reuse the result of an identical request (free)</source>
        <translation>Réutiliser le résultat d’une requête identique (gratuit)</translation>
    </message>
    <message>
        <source>Keep pixels outside the mask exactly as they were</source>
        <translation>Garder les pixels hors du masque exactement tels quels</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Send an anonymous identifier of this installation with every request</source>
        <translation>Envoyer un identifiant anonyme de cette installation avec chaque requête</translation>
    </message>
    <message>
        <source>OpenAI uses it to tell abuse from one installation apart from the rest of your organisation. It is a hash of a random number, never your name.</source>
        <translation>OpenAI s’en sert pour distinguer un abus venant d’une installation du reste de votre organisation. C’est l’empreinte d’un nombre aléatoire, jamais votre nom.</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>Délai d’attente des requêtes</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Masked edits</source>
        <translation>Retouches masquées</translation>
    </message>
    <message>
        <source>Mask edge feather</source>
        <translation>Contour progressif du masque</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
</context>
<context>
    <name>Generation</name>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
</context>
<context>
    <name>GenerationController</name>
    <message>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <source>Start a job with this prompt and these settings (Ctrl+Enter)</source>
        <translation>Lancer une tâche avec ce prompt et ces réglages (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the job shown in the preview (Esc)</source>
        <translation>Arrêter la tâche affichée dans l’aperçu (Échap)</translation>
    </message>
    <message>
        <source>Could not prepare the picture</source>
        <translation>Impossible de préparer l’image</translation>
    </message>
    <message>
        <source>Nothing was sent: {error}</source>
        <translation>Rien n’a été envoyé : {error}</translation>
    </message>
    <message>
        <source>This exact request is already running: nothing new was sent.</source>
        <translation>Cette requête exacte est déjà en cours : rien de nouveau n’a été envoyé.</translation>
    </message>
    <message>
        <source>Preparing the picture for upload… the job starts next</source>
        <translation>Préparation de l’image pour l’envoi… la tâche démarre ensuite</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Non envoyée.</translation>
    </message>
    <message>
        <source>final {index} of {count}</source>
        <translation>finale {index} sur {count}</translation>
    </message>
    <message>
        <source>final</source>
        <translation>finale</translation>
    </message>
    <message>
        <source>Settings saved. Retrying…</source>
        <translation>Réglages enregistrés. Nouvel essai…</translation>
    </message>
    <message>
        <source>last partial</source>
        <translation>dernière image partielle</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>✕ Failed</source>
        <translation>✕ Échec</translation>
    </message>
    <message>
        <source>⊘ Cancelled</source>
        <translation>⊘ Annulée</translation>
    </message>
    <message>
        <source>… Running</source>
        <translation>… En cours</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Make this version the canvas</source>
        <translation>Faire de cette version le canevas</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Bifurquer</translation>
    </message>
    <message>
        <source>Start again from this version&apos;s input and mask</source>
        <translation>Repartir de l’image d’entrée et du masque de cette version</translation>
    </message>
    <message>
        <source>Restore Mask</source>
        <translation>Restaurer le masque</translation>
    </message>
</context>
<context>
    <name>InvertMaskCommand</name>
    <message>
        <source>Invert Mask</source>
        <translation>Inverser le masque</translation>
    </message>
</context>
<context>
    <name>JobList</name>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>débit limité</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>nouvel essai</translation>
    </message>
    <message>
        <source>{reason}: retry in {seconds} s</source>
        <translation>{reason} : nouvel essai dans {seconds} s</translation>
    </message>
    <message>
        <source>running · partial {index} of {count}</source>
        <translation>en cours · image partielle {index} sur {count}</translation>
    </message>
    <message>
        <source> (cached)</source>
        <translation> (en cache)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>failed: {reason}</source>
        <translation>échec : {reason}</translation>
    </message>
    <message>
        <source>Queued: waiting for a free slot…</source>
        <translation>En file d’attente : en attente d’un emplacement libre…</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Débit limité</translation>
    </message>
    <message>
        <source>Could not reach the server</source>
        <translation>Impossible de joindre le serveur</translation>
    </message>
    <message>
        <source>{waiting}: retrying in {seconds} s (attempt {attempt}). Esc cancels.</source>
        <translation>{waiting} : nouvel essai dans {seconds} s (tentative {attempt}). Échap pour annuler.</translation>
    </message>
    <message>
        <source> · partial {index} of {count}</source>
        <translation> · image partielle {index} sur {count}</translation>
    </message>
    <message>
        <source>Rendering… {elapsed}</source>
        <translation>Rendu en cours… {elapsed}</translation>
    </message>
    <message>
        <source>Served from the cache in {elapsed} · {cost}</source>
        <translation>Servie depuis le cache en {elapsed} · {cost}</translation>
    </message>
    <message>
        <source>Done in {elapsed} · {cost}</source>
        <translation>Terminée en {elapsed} · {cost}</translation>
    </message>
    <message>
        <source>Cancelled after {elapsed} · {cost}</source>
        <translation>Annulée après {elapsed} · {cost}</translation>
    </message>
    <message>
        <source>Failed after {elapsed} · {cost}</source>
        <translation>Échec après {elapsed} · {cost}</translation>
    </message>
    <message>
        <source>Cancel this job</source>
        <translation>Annuler cette tâche</translation>
    </message>
</context>
<context>
    <name>JobWorker</name>
    <message>
        <source>no result</source>
        <translation>aucun résultat</translation>
    </message>
</context>
<context>
    <name>JobsState</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulée.</translation>
    </message>
</context>
<context>
    <name>KeyField</name>
    <message>
        <source>Paste an API key (sk-…)</source>
        <translation>Collez une clé API (sk-…)</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>Oublier la clé</translation>
    </message>
    <message>
        <source>Looking for a saved key…</source>
        <translation>Recherche d’une clé enregistrée…</translation>
    </message>
    <message>
        <source>A key is set (from {source}).</source>
        <translation>Une clé est définie (depuis {source}).</translation>
    </message>
    <message>
        <source>No key yet.</source>
        <translation>Pas encore de clé.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation>&amp;Image</translation>
    </message>
    <message>
        <source>&amp;Mask</source>
        <translation>&amp;Masque</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panneaux</translation>
    </message>
    <message>
        <source>&amp;New Canvas…</source>
        <translation>&amp;Nouveau canevas…</translation>
    </message>
    <message>
        <source>&amp;Open Image…</source>
        <translation>&amp;Ouvrir une image…</translation>
    </message>
    <message>
        <source>&amp;Paste Image</source>
        <translation>&amp;Coller l’image</translation>
    </message>
    <message>
        <source>&amp;Import Mask…</source>
        <translation>&amp;Importer un masque…</translation>
    </message>
    <message>
        <source>&amp;Export Mask…</source>
        <translation>&amp;Exporter le masque…</translation>
    </message>
    <message>
        <source>E&amp;xport Image…</source>
        <translation>E&amp;xporter l’image…</translation>
    </message>
    <message>
        <source>Save the canvas picture as PNG, JPEG or WebP</source>
        <translation>Enregistrer l’image du canevas en PNG, JPEG ou WebP</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Réinitialiser la disposition</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Image Studio</source>
        <translation>À &amp;propos d’Image Studio</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DÉMO</translation>
    </message>
    <message>
        <source>Demo mode: a built-in emulator answers; nothing is billed</source>
        <translation>Mode démo : un émulateur intégré répond ; rien n’est facturé</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Dropped image</source>
        <translation>Image déposée</translation>
    </message>
</context>
<context>
    <name>MarkupController</name>
    <message>
        <source>Paint a mask: the edit changes only there</source>
        <translation>Peindre un masque : la retouche ne change que cette zone</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Masque</translation>
    </message>
    <message>
        <source>Draw marks that guide the edit; the mask is not sent then</source>
        <translation>Tracer des annotations qui guident la retouche ; le masque n’est alors pas envoyé</translation>
    </message>
    <message>
        <source>Markup</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Remove every mark</source>
        <translation>Supprimer toutes les annotations</translation>
    </message>
    <message>
        <source>Pen</source>
        <translation>Crayon</translation>
    </message>
    <message>
        <source>Draw freehand</source>
        <translation>Dessiner à main levée</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>Flèche</translation>
    </message>
    <message>
        <source>Drag an arrow</source>
        <translation>Tracer une flèche</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Cadre</translation>
    </message>
    <message>
        <source>Drag a rectangle outline</source>
        <translation>Tracer un contour rectangulaire</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>Ellipse</translation>
    </message>
    <message>
        <source>Drag an ellipse outline</source>
        <translation>Tracer un contour elliptique</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Click to place the label text</source>
        <translation>Cliquez pour placer le texte de l’étiquette</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>Gomme</translation>
    </message>
    <message>
        <source>Rub marks out</source>
        <translation>Effacer des annotations</translation>
    </message>
</context>
<context>
    <name>MarkupLayer</name>
    <message>
        <source>Clear Markup</source>
        <translation>Effacer les annotations</translation>
    </message>
</context>
<context>
    <name>MarkupPanel</name>
    <message>
        <source>Markup</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Colour of new marks</source>
        <translation>Couleur des nouvelles annotations</translation>
    </message>
    <message>
        <source>Line width in picture pixels; labels grow with it</source>
        <translation>Épaisseur du trait en pixels de l’image ; les étiquettes grandissent avec</translation>
    </message>
    <message>
        <source>Colour, width</source>
        <translation>Couleur, épaisseur</translation>
    </message>
    <message>
        <source>Text for the label tool, e.g. “add a hat”</source>
        <translation>Texte de l’outil étiquette, par ex. « ajouter un chapeau »</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Marks guide the edit instead of a mask: while Markup is on, the mask is not sent. Right-drag rubs marks out. The marks are sent as a transparent PNG.</source>
        <translation>Les annotations guident la retouche à la place d’un masque : tant qu’elles sont actives, le masque n’est pas envoyé. Le clic droit glissé efface les annotations. Elles sont envoyées sous forme de PNG transparent.</translation>
    </message>
    <message>
        <source>Markup Colour</source>
        <translation>Couleur des annotations</translation>
    </message>
</context>
<context>
    <name>MarkupPointer</name>
    <message>
        <source>Erase Markup</source>
        <translation>Effacer des annotations</translation>
    </message>
    <message>
        <source>Pen Stroke</source>
        <translation>Trait de crayon</translation>
    </message>
    <message>
        <source>Text Label</source>
        <translation>Étiquette de texte</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>Flèche</translation>
    </message>
    <message>
        <source>Markup Rectangle</source>
        <translation>Rectangle d’annotation</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>Ellipse</translation>
    </message>
</context>
<context>
    <name>NewCanvasDialog</name>
    <message>
        <source>Square 1024 × 1024</source>
        <translation>Carré 1024 × 1024</translation>
    </message>
    <message>
        <source>Landscape 1536 × 1024</source>
        <translation>Paysage 1536 × 1024</translation>
    </message>
    <message>
        <source>Portrait 1024 × 1536</source>
        <translation>Portrait 1024 × 1536</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>New Canvas</source>
        <translation>Nouveau canevas</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Préréglage</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Hauteur</translation>
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
        <translation>Images de l’animation (2 à 16)</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How long each frame shows, rounded to 10 ms</source>
        <translation>Durée d’affichage de chaque image, arrondie à 10 ms</translation>
    </message>
    <message>
        <source>account default</source>
        <translation>par défaut du compte</translation>
    </message>
    <message>
        <source>The model that writes the SVG from the rendered image</source>
        <translation>Le modèle qui écrit le SVG à partir de l’image rendue</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>How much the SVG author reasons; more costs more tokens</source>
        <translation>Effort de réflexion de l’auteur SVG ; plus d’effort coûte plus de jetons</translation>
    </message>
    <message>
        <source>GIF frames</source>
        <translation>Images du GIF</translation>
    </message>
    <message>
        <source>Frame duration</source>
        <translation>Durée par image</translation>
    </message>
    <message>
        <source>SVG author</source>
        <translation>Auteur SVG</translation>
    </message>
    <message>
        <source>SVG effort</source>
        <translation>Effort SVG</translation>
    </message>
    <message>
        <source>Choose an SVG author model to set its effort</source>
        <translation>Choisissez un modèle auteur SVG pour régler son effort</translation>
    </message>
    <message>
        <source>%1 output arrives whole: no partial images</source>
        <translation>La sortie %1 arrive d’un bloc : pas d’images partielles</translation>
    </message>
    <message>
        <source>SVG output makes one image per request</source>
        <translation>La sortie SVG produit une image par requête</translation>
    </message>
    <message>
        <source>Preset…</source>
        <translation>Préréglage…</translation>
    </message>
    <message>
        <source>The default: any size, fast and dependable; quality up to high.</source>
        <translation>Le modèle par défaut : toutes tailles, rapide et fiable ; qualité jusqu’à haute.</translation>
    </message>
    <message>
        <source>2.5 line: adds xhigh and max quality and markup edits. OpenAI has not published how Sunburst and Flare differ: same sizes and prices, so compare both with Drafts.</source>
        <translation>Gamme 2.5 : ajoute les qualités très haute et maximale et les retouches par annotations. OpenAI n’a pas publié ce qui distingue Sunburst de Flare : mêmes tailles et mêmes prix, comparez donc les deux avec des brouillons.</translation>
    </message>
    <message>
        <source>2.5 line, sibling of Sunburst: xhigh and max quality, markup edits. OpenAI has not published how Flare and Sunburst differ: same sizes and prices, so compare both with Drafts.</source>
        <translation>Gamme 2.5, jumeau de Sunburst : qualités très haute et maximale, retouches par annotations. OpenAI n’a pas publié ce qui distingue Flare de Sunburst : mêmes tailles et mêmes prix, comparez donc les deux avec des brouillons.</translation>
    </message>
    <message>
        <source>Latest line; OpenAI&apos;s image tool default. Token use at low and medium quality is reported 3-4x the 2.5 figures, so estimates are approximate until the first result.</source>
        <translation>Dernière gamme ; modèle par défaut de l’outil d’images d’OpenAI. En qualité basse et moyenne, la consommation de jetons serait 3 à 4 fois celle de la 2.5 : les estimations restent approximatives jusqu’au premier résultat.</translation>
    </message>
    <message>
        <source>Latest line, sibling of 2.6 Sunburst; differences unpublished. Estimates are approximate until the first result.</source>
        <translation>Dernière gamme, jumeau de 2.6 Sunburst ; différences non publiées. Les estimations restent approximatives jusqu’au premier résultat.</translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation>Vignette</translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation>Avatar</translation>
    </message>
    <message>
        <source>Social post (4:5)</source>
        <translation>Publication sociale (4:5)</translation>
    </message>
    <message>
        <source>Blog header (16:9)</source>
        <translation>En-tête de blog (16:9)</translation>
    </message>
    <message>
        <source>Hero banner (2.35:1)</source>
        <translation>Bannière (2,35:1)</translation>
    </message>
    <message>
        <source>Print A4 (portrait)</source>
        <translation>Impression A4 (portrait)</translation>
    </message>
    <message>
        <source>Portfolio (4:3)</source>
        <translation>Portfolio (4:3)</translation>
    </message>
    <message>
        <source>Which GPT Image model renders the image</source>
        <translation>Le modèle GPT Image qui calcule l’image</translation>
    </message>
    <message>
        <source>Sets size and quality for a common use</source>
        <translation>Règle taille et qualité pour un usage courant</translation>
    </message>
    <message>
        <source>Higher quality costs more output tokens</source>
        <translation>Une qualité plus élevée coûte plus de jetons en sortie</translation>
    </message>
    <message>
        <source>How many images one request makes</source>
        <translation>Nombre d’images produites par une requête</translation>
    </message>
    <message>
        <source>Transparent needs PNG or WebP output</source>
        <translation>La transparence nécessite une sortie PNG ou WebP</translation>
    </message>
    <message>
        <source>The file format the API returns</source>
        <translation>Le format de fichier renvoyé par l’API</translation>
    </message>
    <message>
        <source>JPEG/WebP only</source>
        <translation>JPEG/WebP uniquement</translation>
    </message>
    <message>
        <source>How strict the safety filter is</source>
        <translation>Sévérité du filtre de sécurité</translation>
    </message>
    <message>
        <source>How closely edits keep the input</source>
        <translation>Fidélité des retouches à l’image d’entrée</translation>
    </message>
    <message>
        <source>Scene complexity (newer models)</source>
        <translation>Complexité de la scène (modèles récents)</translation>
    </message>
    <message>
        <source>Previews streamed while it renders</source>
        <translation>Aperçus diffusés pendant le rendu</translation>
    </message>
    <message>
        <source>Effort spent planning the image, apart from quality</source>
        <translation>Effort consacré à la composition de l’image, indépendamment de la qualité</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Préréglage</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Arrière-plan</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Compression</source>
        <translation>Compression</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Modération</translation>
    </message>
    <message>
        <source>Input fidelity</source>
        <translation>Fidélité à l’entrée</translation>
    </message>
    <message>
        <source>Complexity</source>
        <translation>Complexité</translation>
    </message>
    <message>
        <source>Partial images</source>
        <translation>Images partielles</translation>
    </message>
    <message>
        <source>Compression applies to JPEG or WebP output, not {format}.</source>
        <translation>La compression ne s’applique qu’aux sorties JPEG ou WebP, pas à {format}.</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>Refused by the safety system</source>
        <translation>Refusée par le système de sécurité</translation>
    </message>
    <message>
        <source>Still rate limited</source>
        <translation>Débit toujours limité</translation>
    </message>
    <message>
        <source>The stream was cut off</source>
        <translation>Le flux a été interrompu</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be used</source>
        <translation>La réponse du serveur est inutilisable</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Pas de réponse à temps</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>Problème de connexion</translation>
    </message>
    <message>
        <source>Check the highlighted setting</source>
        <translation>Vérifiez le réglage mis en évidence</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>Pas de clé API</translation>
    </message>
    <message>
        <source>API key rejected</source>
        <translation>Clé API refusée</translation>
    </message>
    <message>
        <source>Out of credit</source>
        <translation>Plus de crédit</translation>
    </message>
    <message>
        <source>Over your budget</source>
        <translation>Budget dépassé</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <source>Connection refused for safety</source>
        <translation>Connexion refusée par sécurité</translation>
    </message>
    <message>
        <source>The job failed</source>
        <translation>La tâche a échoué</translation>
    </message>
    <message>
        <source> Partial {index} of {count} is shown and saved.</source>
        <translation> L’image partielle {index} sur {count} est affichée et enregistrée.</translation>
    </message>
    <message>
        <source> Cost: {cost}.</source>
        <translation> Coût : {cost}.</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Enter API key…</source>
        <translation>Saisir une clé API…</translation>
    </message>
    <message>
        <source>Switch to demo mode</source>
        <translation>Passer en mode démo</translation>
    </message>
    <message>
        <source>No image yet: write a prompt and press Ctrl+Enter.</source>
        <translation>Pas encore d’image : écrivez un prompt, puis Ctrl+Entrée.</translation>
    </message>
    <message>
        <source>partial {index} of {count}</source>
        <translation>image partielle {index} sur {count}</translation>
    </message>
    <message>
        <source>final</source>
        <translation>finale</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Describe the image you want.</source>
        <translation>Décrivez l’image souhaitée.</translation>
    </message>
    <message>
        <source>A mask needs a picture on the canvas: open one first.</source>
        <translation>Un masque nécessite une image sur le canevas : ouvrez-en une d’abord.</translation>
    </message>
    <message>
        <source>Markup and a painted mask cannot be used together: clear one of them.</source>
        <translation>Les annotations et un masque peint ne peuvent pas être utilisés ensemble : effacez l’un des deux.</translation>
    </message>
    <message>
        <source>This setting cannot be used.</source>
        <translation>Ce réglage ne peut pas être utilisé.</translation>
    </message>
</context>
<context>
    <name>PromptPanel</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <source>Describe the image, or the change to make…</source>
        <translation>Décrivez l’image, ou la modification à apporter…</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Récents</translation>
    </message>
    <message>
        <source>Reuse a prompt from an earlier job</source>
        <translation>Réutiliser le prompt d’une tâche précédente</translation>
    </message>
    <message>
        <source>Add reference…</source>
        <translation>Ajouter une référence…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Keep unmasked pixels</source>
        <translation>Garder les pixels hors masque</translation>
    </message>
    <message>
        <source>The API may repaint outside the mask; this puts the original back outside it (the raw result is kept too)</source>
        <translation>L’API peut repeindre en dehors du masque ; cette option remet l’original en dehors (le résultat brut est aussi conservé)</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>Plus d’options</translation>
    </message>
    <message>
        <source>Background, format, moderation, partial previews, mask edges, references</source>
        <translation>Arrière-plan, format, modération, aperçus partiels, bords du masque, références</translation>
    </message>
    <message>
        <source>Reference images</source>
        <translation>Images de référence</translation>
    </message>
    <message>
        <source>At most {count} images in all (the canvas counts as one).</source>
        <translation>{count} images au maximum en tout (le canevas compte pour une).</translation>
    </message>
    <message>
        <source>Could not read {name}: {reason}</source>
        <translation>Impossible de lire {name} : {reason}</translation>
    </message>
    <message>
        <source>Generate: no picture on the canvas, so a new one is made.</source>
        <translation>Générer : pas d’image sur le canevas, une nouvelle est créée.</translation>
    </message>
    <message>
        <source>Edit: the canvas picture, guided by your markup (no mask is sent).</source>
        <translation>Retoucher : l’image du canevas, guidée par vos annotations (aucun masque envoyé).</translation>
    </message>
    <message>
        <source>Edit: the canvas picture, changing the painted mask.</source>
        <translation>Retoucher : l’image du canevas, en modifiant la zone du masque peint.</translation>
    </message>
    <message>
        <source>Edit: the whole canvas picture (paint a mask to limit it).</source>
        <translation>Retoucher : toute l’image du canevas (peignez un masque pour limiter la zone).</translation>
    </message>
    <message>
        <source>Plus 1 reference image.</source>
        <translation>Plus 1 image de référence.</translation>
    </message>
    <message>
        <source>Plus {0} reference images.</source>
        <translation>Plus {0} images de référence.</translation>
    </message>
    <message>
        <source>No earlier prompts</source>
        <translation>Aucun prompt précédent</translation>
    </message>
    <message>
        <source>Add reference images</source>
        <translation>Ajouter des images de référence</translation>
    </message>
</context>
<context>
    <name>ProviderPage</name>
    <message>
        <source>OpenAI-compatible server</source>
        <translation>Serveur compatible OpenAI</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <source>Keep the key for this session only</source>
        <translation>Garder la clé pour cette session seulement</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>optional, org-…</source>
        <translation>facultatif, org-…</translation>
    </message>
    <message>
        <source>optional, proj_…</source>
        <translation>facultatif, proj_…</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point d’accès</translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation>Connexion avec</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Version de l’API</translation>
    </message>
    <message>
        <source>deployment name (default: {model})</source>
        <translation>nom du déploiement (par défaut : {model})</translation>
    </message>
    <message>
        <source>Deployment for {model}</source>
        <translation>Déploiement pour {model}</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
</context>
<context>
    <name>RegionController</name>
    <message>
        <source>E&amp;xtend Canvas…</source>
        <translation>A&amp;grandir le canevas…</translation>
    </message>
    <message>
        <source>Add a border to fill with the next edit</source>
        <translation>Ajouter une bordure que la prochaine retouche remplira</translation>
    </message>
    <message>
        <source>Extend Canvas</source>
        <translation>Agrandir le canevas</translation>
    </message>
    <message>
        <source>Open a picture first, then extend its canvas.</source>
        <translation>Ouvrez d’abord une image, puis agrandissez son canevas.</translation>
    </message>
    <message>
        <source>Focused: sent at {0} × {1}</source>
        <translation>Ciblée : envoyée en {0} × {1}</translation>
    </message>
</context>
<context>
    <name>RequestState</name>
    <message>
        <source>%1 was retired on %2; %3 is used instead.</source>
        <translation>%1 a été retiré le %2 ; %3 est utilisé à la place.</translation>
    </message>
    <message>
        <source>The model %1 is not known here; %2 is used instead.</source>
        <translation>Le modèle %1 est inconnu ici ; %2 est utilisé à la place.</translation>
    </message>
    <message>
        <source>At most {count} images in all (the canvas counts as one).</source>
        <translation>{count} images au maximum en tout (le canevas compte pour une).</translation>
    </message>
</context>
<context>
    <name>SelectionActions</name>
    <message>
        <source>Grow Mask</source>
        <translation>Dilater le masque</translation>
    </message>
    <message>
        <source>Grow the mask by (pixels):</source>
        <translation>Dilater le masque de (pixels) :</translation>
    </message>
    <message>
        <source>Shrink Mask</source>
        <translation>Contracter le masque</translation>
    </message>
    <message>
        <source>Shrink the mask by (pixels):</source>
        <translation>Contracter le masque de (pixels) :</translation>
    </message>
    <message>
        <source>Feather Mask</source>
        <translation>Contour progressif du masque</translation>
    </message>
    <message>
        <source>Soften the mask&apos;s edge over (pixels):</source>
        <translation>Adoucir le bord du masque sur (pixels) :</translation>
    </message>
    <message>
        <source>Smooth Mask</source>
        <translation>Lisser le masque</translation>
    </message>
    <message>
        <source>Round off jagged edges up to (pixels):</source>
        <translation>Arrondir les bords irréguliers jusqu’à (pixels) :</translation>
    </message>
    <message>
        <source>Select &amp;Subject</source>
        <translation>Sélectionner le &amp;sujet</translation>
    </message>
    <message>
        <source>Select the main subject</source>
        <translation>Sélectionner le sujet principal</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Mask the whole picture</source>
        <translation>Masquer toute l’image</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>&amp;Désélectionner</translation>
    </message>
    <message>
        <source>Clear the mask</source>
        <translation>Effacer le masque</translation>
    </message>
    <message>
        <source>&amp;Grow…</source>
        <translation>&amp;Dilater…</translation>
    </message>
    <message>
        <source>Widen the mask by N px</source>
        <translation>Élargir le masque de N px</translation>
    </message>
    <message>
        <source>S&amp;hrink…</source>
        <translation>&amp;Contracter…</translation>
    </message>
    <message>
        <source>Narrow the mask by N px</source>
        <translation>Rétrécir le masque de N px</translation>
    </message>
    <message>
        <source>&amp;Feather…</source>
        <translation>Contour &amp;progressif…</translation>
    </message>
    <message>
        <source>Soften the mask&apos;s edge over N px</source>
        <translation>Adoucir le bord du masque sur N px</translation>
    </message>
    <message>
        <source>S&amp;mooth…</source>
        <translation>&amp;Lisser…</translation>
    </message>
    <message>
        <source>Round off jagged edges and drop specks</source>
        <translation>Arrondir les bords irréguliers et supprimer les petites taches</translation>
    </message>
    <message>
        <source>Select Subject is not available: {reason}</source>
        <translation>Sélectionner le sujet n’est pas disponible : {reason}</translation>
    </message>
    <message>
        <source>Select Subject</source>
        <translation>Sélectionner le sujet</translation>
    </message>
</context>
<context>
    <name>SendBatchDialog</name>
    <message>
        <source>Send as batch</source>
        <translation>Envoyer en lot</translation>
    </message>
    <message>
        <source>{size} (the current size)</source>
        <translation>{size} (taille actuelle)</translation>
    </message>
    <message>
        <source>Several sizes separated by commas: one request for each</source>
        <translation>Plusieurs tailles séparées par des virgules : une requête pour chacune</translation>
    </message>
    <message>
        <source>Pictures…</source>
        <translation>Images…</translation>
    </message>
    <message>
        <source>the canvas</source>
        <translation>le canevas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Variations</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation>Tailles</translation>
    </message>
    <message>
        <source>Pictures to edit</source>
        <translation>Images à retoucher</translation>
    </message>
    <message>
        <source>Send batch</source>
        <translation>Envoyer le lot</translation>
    </message>
    <message>
        <source>{count} pictures, each edited on its own: {names}</source>
        <translation>{count} images, chacune retouchée séparément : {names}</translation>
    </message>
    <message>
        <source>{count} requests. Sent directly: {approx}{direct}. As a batch: &lt;b&gt;{approx}{batch}&lt;/b&gt; (½ price, results within 24 h).</source>
        <translation>{count} requêtes. En direct : {approx}{direct}. En lot : &lt;b&gt;{approx}{batch}&lt;/b&gt; (moitié prix, résultats sous 24 h).</translation>
    </message>
</context>
<context>
    <name>SessionKeeper</name>
    <message>
        <source>The working session could not be saved ({0}): check that the data folder is writable and has free space.</source>
        <translation>La session de travail n’a pas pu être enregistrée ({0}) : vérifiez que le dossier de données est accessible en écriture et qu’il reste de la place.</translation>
    </message>
</context>
<context>
    <name>SettingsActions</name>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <source>Provider changes apply the next time Image Studio starts.</source>
        <translation>Les changements de fournisseur s’appliquent au prochain démarrage d’Image Studio.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Réglages…</translation>
    </message>
    <message>
        <source>&amp;About Image Studio</source>
        <translation>À &amp;propos d’Image Studio</translation>
    </message>
    <message>
        <source>The new language applies the next time Image Studio starts.</source>
        <translation>La nouvelle langue s’applique au prochain démarrage d’Image Studio.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Valeurs par défaut</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <source>Could not save the settings: {error}</source>
        <translation>Impossible d’enregistrer les réglages : {error}</translation>
    </message>
</context>
<context>
    <name>SettingsKeys</name>
    <message>
        <source>&lt;b&gt;No system keyring is available&lt;/b&gt;, so Image Studio cannot remember your key safely. {reason}.&lt;br&gt;You can still use a key &lt;b&gt;for this session only&lt;/b&gt; (you will paste it again next time), or set the &lt;code&gt;{env}&lt;/code&gt; environment variable before starting Image Studio. Keys are never written to a plain file.</source>
        <translation>&lt;b&gt;Aucun trousseau système n’est disponible&lt;/b&gt;, Image Studio ne peut donc pas mémoriser votre clé en sécurité. {reason}.&lt;br&gt;Vous pouvez tout de même utiliser une clé &lt;b&gt;pour cette session seulement&lt;/b&gt; (vous la collerez à nouveau la prochaine fois), ou définir la variable d’environnement &lt;code&gt;{env}&lt;/code&gt; avant de lancer Image Studio. Les clés ne sont jamais écrites dans un fichier en clair.</translation>
    </message>
    <message>
        <source>Keys are kept in memory only (STUDIO_SECRET_BACKEND=memory)</source>
        <translation>Les clés sont gardées en mémoire seulement (STUDIO_SECRET_BACKEND=memory)</translation>
    </message>
</context>
<context>
    <name>SettingsPages</name>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Ask me before sending</source>
        <translation>Me demander avant d’envoyer</translation>
    </message>
    <message>
        <source>Refuse the job</source>
        <translation>Refuser la tâche</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Génération</translation>
    </message>
    <message>
        <source>Gallery (when it has the focus)</source>
        <translation>Galerie (quand elle a le focus)</translation>
    </message>
    <message>
        <source>Canvas and mask</source>
        <translation>Canevas et masque</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>Pointer</source>
        <translation>Souris et tablette</translation>
    </message>
    <message>
        <source>Right-drag, Ctrl+drag, Alt+drag</source>
        <translation>Clic droit glissé, Ctrl+glisser, Alt+glisser</translation>
    </message>
    <message>
        <source>Subtract from the mask with any tool</source>
        <translation>Soustraire du masque avec n’importe quel outil</translation>
    </message>
    <message>
        <source>Shift+drag</source>
        <translation>Maj+glisser</translation>
    </message>
    <message>
        <source>Add to the mask (as a plain drag does)</source>
        <translation>Ajouter au masque (comme un glissé simple)</translation>
    </message>
    <message>
        <source>Polygon lasso</source>
        <translation>Lasso polygonal</translation>
    </message>
    <message>
        <source>Double-click or Enter closes, Backspace undoes a corner, Shift: 45°</source>
        <translation>Double-clic ou Entrée pour fermer, Retour arrière annule un sommet, Maj : 45°</translation>
    </message>
    <message>
        <source>Object selection</source>
        <translation>Sélection d’objet</translation>
    </message>
    <message>
        <source>Drag a box; then click to take a part in, Alt-click to leave it out</source>
        <translation>Tracez un cadre ; puis cliquez pour inclure une partie, Alt+clic pour l’exclure</translation>
    </message>
    <message>
        <source>Cancel the rectangle, lasso or polygon being drawn</source>
        <translation>Annuler le rectangle, le lasso ou le polygone en cours</translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation>Molette</translation>
    </message>
    <message>
        <source>Zoom at the pointer</source>
        <translation>Zoomer sous le pointeur</translation>
    </message>
    <message>
        <source>Space+drag, middle-drag</source>
        <translation>Espace+glisser, clic milieu glissé</translation>
    </message>
    <message>
        <source>Pan (Space works whenever the pointer is over the canvas)</source>
        <translation>Se déplacer (Espace fonctionne dès que le pointeur survole le canevas)</translation>
    </message>
    <message>
        <source>Esc while drawing</source>
        <translation>Échap pendant le tracé</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
</context>
<context>
    <name>SizeField</name>
    <message>
        <source>Match canvas</source>
        <translation>Selon canevas</translation>
    </message>
    <message>
        <source>The model&apos;s size closest to the shape of the picture on the canvas</source>
        <translation>La taille du modèle la plus proche des proportions de l’image du canevas</translation>
    </message>
    <message>
        <source>WIDTHxHEIGHT, e.g. 1824x1024</source>
        <translation>LARGEURxHAUTEUR, par ex. 1824x1024</translation>
    </message>
    <message>
        <source>{model} supports only these sizes</source>
        <translation>{model} n’accepte que ces tailles</translation>
    </message>
    <message>
        <source>Pick a size or type WIDTHxHEIGHT: edges multiples of {step}, longest edge ≤ {edge}, aspect up to 3:1, {low} to {high} pixels</source>
        <translation>Choisissez une taille ou tapez LARGEURxHAUTEUR : côtés multiples de {step}, plus grand côté ≤ {edge}, rapport jusqu’à 3:1, de {low} à {high} pixels</translation>
    </message>
</context>
<context>
    <name>StagingController</name>
    <message>
        <source>&amp;Accept Result</source>
        <translation>&amp;Accepter le résultat</translation>
    </message>
    <message>
        <source>Make this result the picture; Ctrl+Z undoes it</source>
        <translation>Faire de ce résultat l’image ; Ctrl+Z l’annule</translation>
    </message>
    <message>
        <source>&amp;Discard Result</source>
        <translation>&amp;Écarter le résultat</translation>
    </message>
    <message>
        <source>Take this result off the canvas (Gallery keeps it)</source>
        <translation>Retirer ce résultat du canevas (la galerie le garde)</translation>
    </message>
    <message>
        <source>&amp;Previous Result</source>
        <translation>Résultat &amp;précédent</translation>
    </message>
    <message>
        <source>Previous result of this batch (Alt+Left)</source>
        <translation>Résultat précédent de ce lot (Alt+Gauche)</translation>
    </message>
    <message>
        <source>&amp;Next Result</source>
        <translation>Résultat &amp;suivant</translation>
    </message>
    <message>
        <source>Next result of this batch (Alt+Right)</source>
        <translation>Résultat suivant de ce lot (Alt+Droite)</translation>
    </message>
    <message>
        <source>Accept Result</source>
        <translation>Accepter le résultat</translation>
    </message>
    <message>
        <source>Fill Canvas</source>
        <translation>Remplir le canevas</translation>
    </message>
    <message>
        <source>Result {0} of {1}</source>
        <translation>Résultat {0} sur {1}</translation>
    </message>
</context>
<context>
    <name>StagingStrip</name>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Écarter</translation>
    </message>
</context>
<context>
    <name>ToolOptions</name>
    <message>
        <source>Right-drag, Ctrl+ or Alt+drag subtracts · Shift+drag adds · Space+drag or middle-drag pans, even in the middle of a shape · wheel zooms · [ ] brush size · Esc cancels a shape</source>
        <translation>Clic droit, Ctrl+ ou Alt+glisser soustrait · Maj+glisser ajoute · Espace+glisser ou clic milieu déplace, même en cours de forme · la molette zoome · [ ] taille du pinceau · Échap annule une forme</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>Pinceau</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Brush diameter in image pixels ([ and ])</source>
        <translation>Diamètre du pinceau en pixels de l’image ([ et ])</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>100 % is a hard edge; lower values feather the edge</source>
        <translation>100 % donne un bord net ; des valeurs plus basses adoucissent le bord</translation>
    </message>
    <message>
        <source>Hardness</source>
        <translation>Dureté</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Masque</translation>
    </message>
    <message>
        <source>Show overlay</source>
        <translation>Afficher la superposition</translation>
    </message>
    <message>
        <source>Overlay opacity</source>
        <translation>Opacité de la superposition</translation>
    </message>
    <message>
        <source>Overlay colour</source>
        <translation>Couleur de la superposition</translation>
    </message>
    <message>
        <source>Mask Overlay Colour</source>
        <translation>Couleur de superposition du masque</translation>
    </message>
</context>
<context>
    <name>UsageDialog</name>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Kind of job</source>
        <translation>Type de tâche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Tokens in</source>
        <translation>Jetons en entrée</translation>
    </message>
    <message>
        <source>Tokens out</source>
        <translation>Jetons en sortie</translation>
    </message>
    <message>
        <source>From cache</source>
        <translation>Depuis le cache</translation>
    </message>
    <message>
        <source>Usage report</source>
        <translation>Rapport de consommation</translation>
    </message>
    <message>
        <source>By {0}</source>
        <translation>Par {0}</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Spend per day&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dépenses par jour&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Total: {cost} over {jobs} jobs</source>
        <translation>Total : {cost} pour {jobs} tâches</translation>
    </message>
    <message>
        <source>Export usage CSV</source>
        <translation>Exporter la consommation en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Projection for {count} images/day: no paid jobs yet.</source>
        <translation>Projection pour {count} images/jour : aucune tâche payante pour l’instant.</translation>
    </message>
    <message>
        <source>{model} {quality} {share} at {cost}</source>
        <translation>{model} {quality} {share} à {cost}</translation>
    </message>
    <message>
        <source>At the current mix, {count} images/day would cost {per_day} per day and {per_month} per 30-day month ({per_image} per image; {basis}). Mix: {mix}.</source>
        <translation>Au rythme actuel, {count} images/jour coûteraient {per_day} par jour et {per_month} par mois de 30 jours ({per_image} par image ; {basis}). Répartition : {mix}.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>low</source>
        <translation>basse</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>high</source>
        <translation>haute</translation>
    </message>
    <message>
        <source>very high</source>
        <translation>très haute</translation>
    </message>
    <message>
        <source>maximum</source>
        <translation>maximale</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>opaque</source>
        <translation>opaque</translation>
    </message>
    <message>
        <source>transparent</source>
        <translation>transparent</translation>
    </message>
    <message>
        <source>generate</source>
        <translation>génération</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>retouche</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>drafts</source>
        <translation>brouillons</translation>
    </message>
    <message>
        <source>final</source>
        <translation>finale</translation>
    </message>
    <message>
        <source>finalize</source>
        <translation>finalisation</translation>
    </message>
    <message>
        <source>result</source>
        <translation>résultat</translation>
    </message>
    <message>
        <source>simple</source>
        <translation>simple</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>standard</translation>
    </message>
    <message>
        <source>complex</source>
        <translation>complexe</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompu</translation>
    </message>
</context>
<context>
    <name>WandOptions</name>
    <message>
        <source>Magic Wand</source>
        <translation>Baguette magique</translation>
    </message>
    <message>
        <source>How different (0-255 per channel) a colour may be from the clicked one</source>
        <translation>Écart de couleur admis par rapport au pixel cliqué (0-255 par canal)</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolérance</translation>
    </message>
    <message>
        <source>Contiguous</source>
        <translation>Pixels contigus</translation>
    </message>
    <message>
        <source>Only the area touching the clicked pixel; off: that colour everywhere</source>
        <translation>Seulement la zone qui touche le pixel cliqué ; désactivé : cette couleur partout</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>utilisation : </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s : %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus : %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>incompatible avec l’argument %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>les arguments suivants sont obligatoires : %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>l’un des arguments %s est obligatoire</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>une valeur est attendue</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>une valeur au plus est attendue</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>au moins une valeur est attendue</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë : %(option)s peut correspondre à %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s invalide : %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix invalide : %(value)r (choisissez parmi %(choices)s)</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s : erreur : %(message)s
</translation>
    </message>
</context>
</TS>
