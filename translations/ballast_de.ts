<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
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
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>&lt;input&gt;</source>
        <translation>&lt;Eingabe&gt;</translation>
    </message>
    <message>
        <source>: warning: </source>
        <translation>: Warnung: </translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>magnitude above 1e15 is not a plausible amount</source>
        <translation>ein Betrag über 1e15 ist nicht plausibel</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>must not be negative (got %1)</source>
        <translation>darf nicht negativ sein (erhalten: %1)</translation>
    </message>
    <message>
        <source>must be greater than zero (got %1)</source>
        <translation>muss größer als null sein (erhalten: %1)</translation>
    </message>
    <message>
        <source>must be a fraction in [0, 1]</source>
        <translation>muss ein Anteil in [0, 1] sein</translation>
    </message>
    <message>
        <source>must be a fraction in [0, 1] (got %1)</source>
        <translation>muss ein Anteil in [0, 1] sein (erhalten: %1)</translation>
    </message>
    <message>
        <source>must be in (0, 1)</source>
        <translation>muss in (0, 1) liegen</translation>
    </message>
    <message>
        <source>must be between 1 and 10000</source>
        <translation>muss zwischen 1 und 10000 liegen</translation>
    </message>
    <message>
        <source>a correlation must be in [-1, 1]</source>
        <translation>eine Korrelation muss in [-1, 1] liegen</translation>
    </message>
    <message>
        <source>a liquidation bonus is a multiplier in [1, 2] (1.05 = 5% bonus)</source>
        <translation>ein Liquidationsbonus ist ein Faktor in [1, 2] (1,05 = 5 % Bonus)</translation>
    </message>
    <message>
        <source>LTV above the liquidation threshold</source>
        <translation>LTV über der Liquidationsschwelle</translation>
    </message>
    <message>
        <source>a fee in basis points must be in [0, 10000)</source>
        <translation>eine Gebühr in Basispunkten muss in [0, 10000) liegen</translation>
    </message>
    <message>
        <source>a price cannot fall more than 100%</source>
        <translation>ein Preis kann nicht um mehr als 100 % fallen</translation>
    </message>
    <message>
        <source>required number is missing</source>
        <translation>erforderliche Zahl fehlt</translation>
    </message>
    <message>
        <source>prices must be positive and finite</source>
        <translation>Preise müssen positiv und endlich sein</translation>
    </message>
    <message>
        <source>times must increase</source>
        <translation>Zeitpunkte müssen aufsteigen</translation>
    </message>
    <message>
        <source>times must not go back</source>
        <translation>Zeitpunkte dürfen nicht zurückgehen</translation>
    </message>
    <message>
        <source>an asset id is required</source>
        <translation>eine Asset-ID ist erforderlich</translation>
    </message>
    <message>
        <source>a node id is required</source>
        <translation>eine Knoten-ID ist erforderlich</translation>
    </message>
    <message>
        <source>a link id is required</source>
        <translation>eine Verbindungs-ID ist erforderlich</translation>
    </message>
    <message>
        <source>a position id is required</source>
        <translation>eine Positions-ID ist erforderlich</translation>
    </message>
    <message>
        <source>a loan id is required</source>
        <translation>eine Kredit-ID ist erforderlich</translation>
    </message>
    <message>
        <source>a pool id is required</source>
        <translation>eine Pool-ID ist erforderlich</translation>
    </message>
    <message>
        <source>unknown asset &apos;%1&apos;</source>
        <translation>unbekanntes Asset „%1“</translation>
    </message>
    <message>
        <source>unknown node &apos;%1&apos;</source>
        <translation>unbekannter Knoten „%1“</translation>
    </message>
    <message>
        <source>unknown link &apos;%1&apos;</source>
        <translation>unbekannte Verbindung „%1“</translation>
    </message>
    <message>
        <source>unknown position &apos;%1&apos;</source>
        <translation>unbekannte Position „%1“</translation>
    </message>
    <message>
        <source>unknown loan &apos;%1&apos;</source>
        <translation>unbekannter Kredit „%1“</translation>
    </message>
    <message>
        <source>unknown pool &apos;%1&apos;</source>
        <translation>unbekannter Pool „%1“</translation>
    </message>
    <message>
        <source>unknown venue &apos;%1&apos;</source>
        <translation>unbekannter Handelsplatz „%1“</translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos; among the %2</source>
        <translation>doppelte ID „%1“ unter %2</translation>
    </message>
    <message>
        <source>an id is required</source>
        <translation>eine ID ist erforderlich</translation>
    </message>
    <message>
        <source>no such position</source>
        <translation>keine solche Position</translation>
    </message>
    <message>
        <source>no run with this id</source>
        <translation>kein Lauf mit dieser ID</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a shipment</source>
        <translation>„%1“ ist keine Lieferung</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an obligation</source>
        <translation>„%1“ ist keine Verbindlichkeit</translation>
    </message>
    <message>
        <source>an invoice token needs a price or a faceValue</source>
        <translation>ein Rechnungstoken braucht einen Preis oder einen faceValue</translation>
    </message>
    <message>
        <source>the chain of underlyings loops back on itself</source>
        <translation>die Kette der Basiswerte führt auf sich selbst zurück</translation>
    </message>
    <message>
        <source>arrives before it departs</source>
        <translation>kommt an, bevor sie abfährt</translation>
    </message>
    <message>
        <source>a link from a node to itself</source>
        <translation>eine Verbindung von einem Knoten zu sich selbst</translation>
    </message>
    <message>
        <source>supply link &apos;%1&apos; closes a cycle back to &apos;%2&apos; (allowed; tiers then follow the longest path without a repeat)</source>
        <translation>Lieferverbindung „%1“ schließt einen Kreis zurück zu „%2“ (erlaubt; die Stufen folgen dann dem längsten Pfad ohne Wiederholung)</translation>
    </message>
    <message>
        <source>empty reserves: the pool cannot trade</source>
        <translation>leere Reserven: der Pool kann nicht handeln</translation>
    </message>
    <message>
        <source>lower must be below upper</source>
        <translation>lower muss unter upper liegen</translation>
    </message>
    <message>
        <source>an empty book side</source>
        <translation>eine leere Orderbuchseite</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a %2, not a lending venue or lender</source>
        <translation>„%1“ ist vom Typ %2, keine Kreditplattform und kein Kreditgeber</translation>
    </message>
    <message>
        <source>position &apos;%1&apos; is already pledged to loan &apos;%2&apos;</source>
        <translation>Position „%1“ ist bereits an Kredit „%2“ verpfändet</translation>
    </message>
    <message>
        <source>position &apos;%1&apos; belongs to &apos;%2&apos;, not to the borrower &apos;%3&apos;</source>
        <translation>Position „%1“ gehört „%2“, nicht dem Kreditnehmer „%3“</translation>
    </message>
    <message>
        <source>position &apos;%1&apos; says it is pledged to &apos;%2&apos;</source>
        <translation>Position „%1“ gibt an, an „%2“ verpfändet zu sein</translation>
    </message>
    <message>
        <source>venue &apos;%1&apos; has no risk parameters (liquidationThreshold, liquidationBonus) for &apos;%2&apos;</source>
        <translation>Plattform „%1“ hat keine Risikoparameter (liquidationThreshold, liquidationBonus) für „%2“</translation>
    </message>
    <message>
        <source>loan &apos;%1&apos; does not list position &apos;%2&apos; as collateral</source>
        <translation>Kredit „%1“ führt Position „%2“ nicht als Sicherheit</translation>
    </message>
    <message>
        <source>pledged to loan &apos;%1&apos; of &apos;%2&apos; but owned by &apos;%3&apos;</source>
        <translation>an Kredit „%1“ von „%2“ verpfändet, aber im Besitz von „%3“</translation>
    </message>
    <message>
        <source>a concentrated pool needs its liquidity ranges</source>
        <translation>ein konzentrierter Pool braucht seine Liquiditätsbereiche</translation>
    </message>
    <message>
        <source>unknown metric &apos;%1&apos; (known: delay-days)</source>
        <translation>unbekannte Messgröße „%1“ (bekannt: delay-days)</translation>
    </message>
    <message>
        <source>a parametric cover needs a trigger</source>
        <translation>eine parametrische Deckung braucht einen Auslöser</translation>
    </message>
    <message>
        <source>a quantity is a finite number from 0 to 1e15</source>
        <translation>eine Menge ist eine endliche Zahl von 0 bis 1e15</translation>
    </message>
    <message>
        <source>a price shock needs &apos;relative&apos; or &apos;set&apos;</source>
        <translation>ein Preisschock braucht „relative“ oder „set“</translation>
    </message>
    <message>
        <source>a depeg needs &apos;relative&apos; or &apos;set&apos;</source>
        <translation>eine Entkopplung braucht „relative“ oder „set“</translation>
    </message>
    <message>
        <source>a liquidity shock names a &apos;pool&apos; or a &apos;venue&apos;</source>
        <translation>ein Liquiditätsschock nennt einen „pool“ oder eine „venue“</translation>
    </message>
    <message>
        <source>an oracle manipulation needs &apos;relative&apos; or &apos;set&apos;</source>
        <translation>eine Orakelmanipulation braucht „relative“ oder „set“</translation>
    </message>
    <message>
        <source>a delay names a &apos;node&apos; (every shipment through it) or a &apos;shipment&apos;</source>
        <translation>eine Verzögerung nennt einen „node“ (jede Lieferung über ihn) oder ein „shipment“</translation>
    </message>
    <message>
        <source>a chain is required</source>
        <translation>eine Chain ist erforderlich</translation>
    </message>
    <message>
        <source>a replay needs two or more points</source>
        <translation>eine Wiedergabe braucht zwei oder mehr Punkte</translation>
    </message>
    <message>
        <source>too many shocks</source>
        <translation>zu viele Schocks</translation>
    </message>
    <message>
        <source>too many points</source>
        <translation>zu viele Punkte</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>ein Objekt erwartet</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>eine Zahl erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>eine Zahl erwartet</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>eine ganze Zahl erwartet</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>required text is missing</source>
        <translation>erforderlicher Text fehlt</translation>
    </message>
    <message>
        <source>expected text, got %1</source>
        <translation>Text erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>text longer than %1 characters</source>
        <translation>Text länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>expected an ISO 8601 UTC time in quotes</source>
        <translation>eine ISO-8601-UTC-Zeit in Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 UTC time</source>
        <translation>„%1“ ist keine ISO-8601-UTC-Zeit</translation>
    </message>
    <message>
        <source>not an ISO 8601 UTC time</source>
        <translation>keine ISO-8601-UTC-Zeit</translation>
    </message>
    <message>
        <source>required value is missing</source>
        <translation>erforderlicher Wert fehlt</translation>
    </message>
    <message>
        <source>unknown value &apos;%1&apos;</source>
        <translation>unbekannter Wert „%1“</translation>
    </message>
    <message>
        <source>expected a list of ids</source>
        <translation>eine Liste von IDs erwartet</translation>
    </message>
    <message>
        <source>expected an id</source>
        <translation>eine ID erwartet</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>eine Liste erwartet</translation>
    </message>
    <message>
        <source>more than %1 elements</source>
        <translation>mehr als %1 Elemente</translation>
    </message>
    <message>
        <source>expected [price, size]</source>
        <translation>[Preis, Menge] erwartet</translation>
    </message>
    <message>
        <source>expected [&quot;ISO time&quot;, price]</source>
        <translation>[&quot;ISO-Zeit&quot;, Preis] erwartet</translation>
    </message>
    <message>
        <source>expected a list of [time, price]</source>
        <translation>eine Liste von [Zeit, Preis] erwartet</translation>
    </message>
    <message>
        <source>file larger than the 1 GiB limit</source>
        <translation>Datei größer als die Grenze von 1 GiB</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>the number %1 is too large to represent (not finite)</source>
        <translation>die Zahl %1 ist zu groß für die Darstellung (nicht endlich)</translation>
    </message>
    <message>
        <source>a workbook is a JSON object</source>
        <translation>eine Arbeitsmappe ist ein JSON-Objekt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Ballast workbook (expected ballast.workbook)</source>
        <translation>„%1“ ist keine Ballast-Arbeitsmappe (erwartet: ballast.workbook)</translation>
    </message>
    <message>
        <source>written by a newer Ballast (format version %1; this build reads up to %2)</source>
        <translation>von einem neueren Ballast geschrieben (Formatversion %1; diese Version liest bis %2)</translation>
    </message>
    <message>
        <source>version must be 1 or more</source>
        <translation>die Version muss 1 oder höher sein</translation>
    </message>
    <message>
        <source>too many rows</source>
        <translation>zu viele Zeilen</translation>
    </message>
    <message>
        <source>a field longer than 4096 characters</source>
        <translation>ein Feld länger als 4096 Zeichen</translation>
    </message>
    <message>
        <source>unterminated quoted field</source>
        <translation>nicht abgeschlossenes Feld in Anführungszeichen</translation>
    </message>
    <message>
        <source>a header row is required</source>
        <translation>eine Kopfzeile ist erforderlich</translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos; ignored</source>
        <translation>unbekannte Spalte „%1“ ignoriert</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; appears twice</source>
        <translation>Spalte „%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>required column &apos;%1&apos; is missing</source>
        <translation>erforderliche Spalte „%1“ fehlt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number (use &apos;.&apos; for decimals)</source>
        <translation>„%1“ ist keine Zahl („.“ als Dezimaltrennzeichen verwenden)</translation>
    </message>
    <message>
        <source>a single-asset price file needs the asset named (--asset)</source>
        <translation>eine Preisdatei für ein Asset braucht den Namen des Assets (--asset)</translation>
    </message>
    <message>
        <source>a price must be positive and finite</source>
        <translation>ein Preis muss positiv und endlich sein</translation>
    </message>
    <message>
        <source>unknown node type &apos;%1&apos;</source>
        <translation>unbekannter Knotentyp „%1“</translation>
    </message>
    <message>
        <source>unknown link type &apos;%1&apos;</source>
        <translation>unbekannter Verbindungstyp „%1“</translation>
    </message>
    <message>
        <source>a tier is a whole number</source>
        <translation>eine Stufe ist eine ganze Zahl</translation>
    </message>
    <message>
        <source>a quantity is required</source>
        <translation>eine Menge ist erforderlich</translation>
    </message>
    <message>
        <source>cannot open the file for reading</source>
        <translation>die Datei kann nicht zum Lesen geöffnet werden</translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation>die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>file of %1 bytes exceeds the limit of %2</source>
        <translation>Datei mit %1 Bytes überschreitet die Grenze von %2</translation>
    </message>
    <message>
        <source>cannot create a temporary file beside it</source>
        <translation>daneben kann keine temporäre Datei angelegt werden</translation>
    </message>
    <message>
        <source>write failed (disk full?)</source>
        <translation>Schreiben fehlgeschlagen (Datenträger voll?)</translation>
    </message>
    <message>
        <source>cannot flush the file to disk</source>
        <translation>die Datei kann nicht auf den Datenträger geschrieben werden</translation>
    </message>
    <message>
        <source>cannot replace the file</source>
        <translation>die Datei kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>cannot open the workbook: %1</source>
        <translation>die Arbeitsmappe kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot start the migration: %1</source>
        <translation>die Migration kann nicht beginnen: %1</translation>
    </message>
    <message>
        <source>migration to schema %1 failed: %2</source>
        <translation>Migration auf Schema %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>cannot commit the migration: %1</source>
        <translation>die Migration kann nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>not a Ballast workbook: %1</source>
        <translation>keine Ballast-Arbeitsmappe: %1</translation>
    </message>
    <message>
        <source>cannot switch to WAL: %1</source>
        <translation>Wechsel zu WAL nicht möglich: %1</translation>
    </message>
    <message>
        <source>the workbook is busy (another program is writing it): %1</source>
        <translation>die Arbeitsmappe ist belegt (ein anderes Programm schreibt sie): %1</translation>
    </message>
    <message>
        <source>the workbook is busy: %1</source>
        <translation>die Arbeitsmappe ist belegt: %1</translation>
    </message>
    <message>
        <source>cannot clear %1: %2</source>
        <translation>%1 kann nicht geleert werden: %2</translation>
    </message>
    <message>
        <source>cannot prepare the save: %1</source>
        <translation>das Speichern kann nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>cannot save: %1</source>
        <translation>Speichern nicht möglich: %1</translation>
    </message>
    <message>
        <source>cannot save the price history: %1</source>
        <translation>die Preishistorie kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>cannot commit the save: %1</source>
        <translation>das Speichern kann nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <source>cannot store the run: %1</source>
        <translation>der Lauf kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>cannot store ticks: %1</source>
        <translation>Ticks können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>cannot commit ticks: %1</source>
        <translation>Ticks können nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <source>not a SQLite database, or damaged beyond reading</source>
        <translation>keine SQLite-Datenbank oder unlesbar beschädigt</translation>
    </message>
    <message>
        <source>the workbook failed its integrity check: %1</source>
        <translation>die Arbeitsmappe hat die Integritätsprüfung nicht bestanden: %1</translation>
    </message>
    <message>
        <source>written by a newer Ballast (schema %1; this build reads up to %2); open it with that version</source>
        <translation>von einem neueren Ballast geschrieben (Schema %1; diese Version liest bis %2); mit jener Version öffnen</translation>
    </message>
    <message>
        <source>stored entity is not valid JSON</source>
        <translation>gespeicherter Eintrag ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>not a Ballast workbook (no SQLite header)</source>
        <translation>keine Ballast-Arbeitsmappe (kein SQLite-Kopf)</translation>
    </message>
    <message>
        <source>a SQLite file but not a Ballast workbook</source>
        <translation>eine SQLite-Datei, aber keine Ballast-Arbeitsmappe</translation>
    </message>
    <message>
        <source>not a Ballast workbook</source>
        <translation>keine Ballast-Arbeitsmappe</translation>
    </message>
    <message>
        <source>exists and is not a Ballast workbook; refusing to overwrite it</source>
        <translation>existiert und ist keine Ballast-Arbeitsmappe; wird nicht überschrieben</translation>
    </message>
    <message>
        <source>a reference to an id that is not in the book; nothing was saved</source>
        <translation>ein Verweis auf eine ID, die nicht im Buch steht; nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>the book has no assets: Monte Carlo needs at least one risk factor (an asset with a volatility)</source>
        <translation>das Buch hat keine Assets: Monte Carlo braucht mindestens einen Risikofaktor (ein Asset mit Volatilität)</translation>
    </message>
    <message>
        <source>no asset has a volatility: Monte Carlo needs at least one risk factor</source>
        <translation>kein Asset hat eine Volatilität: Monte Carlo braucht mindestens einen Risikofaktor</translation>
    </message>
    <message>
        <source>the book has no crypto asset to drop</source>
        <translation>das Buch hat kein Krypto-Asset, das fallen könnte</translation>
    </message>
    <message>
        <source>unknown family &apos;%1&apos; (price:ASSET, crypto, liquidity:VENUE, delay:NODE)</source>
        <translation>unbekannte Familie „%1“ (price:ASSET, crypto, liquidity:VENUE, delay:NODE)</translation>
    </message>
    <message>
        <source>loss:AMOUNT needs a positive amount</source>
        <translation>loss:AMOUNT braucht einen positiven Betrag</translation>
    </message>
    <message>
        <source>unknown outcome &apos;%1&apos; (bad-debt, default:NODE, loss:AMOUNT)</source>
        <translation>unbekanntes Ergebnis „%1“ (bad-debt, default:NODE, loss:AMOUNT)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>internal error: %1</source>
        <translation>interner Fehler: %1</translation>
    </message>
    <message>
        <source>a %1 needs a price</source>
        <translation>ein Asset der Art %1 braucht einen Preis</translation>
    </message>
    <message>
        <source>cannot write the Excel workbook: %1</source>
        <translation>die Excel-Arbeitsmappe kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>LenderReport</name>
    <message>
        <source>Scenario: %1</source>
        <translation>Szenario: %1</translation>
    </message>
    <message>
        <source>None in this book.</source>
        <translation>Keine in diesem Buch.</translation>
    </message>
    <message>
        <source>(no date set)</source>
        <translation>(kein Datum gesetzt)</translation>
    </message>
    <message>
        <source>Ballast · lender report</source>
        <translation>Ballast · Bericht für Kreditgeber</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Base currency</source>
        <translation>Basiswährung</translation>
    </message>
    <message>
        <source>Input hash (FNV-1a of the book&apos;s JSON)</source>
        <translation>Eingabe-Hash (FNV-1a des Buch-JSON)</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Buch</translation>
    </message>
    <message>
        <source>%1 nodes, %2 positions, %3 loans, %4 pools, %5 scenarios</source>
        <translation>%1 Knoten, %2 Positionen, %3 Kredite, %4 Pools, %5 Szenarien</translation>
    </message>
    <message>
        <source>Scenarios in this report</source>
        <translation>Szenarien in diesem Bericht</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Ballast %1 on %2</source>
        <translation>Ballast %1 am %2</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Sources of the book&apos;s data:</source>
        <translation>Quellen der Daten des Buchs:</translation>
    </message>
    <message>
        <source>Figures are in %1 at the as-of time above. Reproduce them with the same book (same input hash) and &lt;tt&gt;ballast-cli exposure&lt;/tt&gt; / &lt;tt&gt;shock&lt;/tt&gt;; the method is in the appendix.</source>
        <translation>Beträge in %1 zum obigen Stichtag. Nachvollziehbar mit demselben Buch (gleicher Eingabe-Hash) und &lt;tt&gt;ballast-cli exposure&lt;/tt&gt; / &lt;tt&gt;shock&lt;/tt&gt;; die Methode steht im Anhang.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Exposure at market</source>
        <translation>Exposure zu Marktpreisen</translation>
    </message>
    <message>
        <source>Exit value (after slippage)</source>
        <translation>Exit-Wert (nach Slippage)</translation>
    </message>
    <message>
        <source>Liquidation cost</source>
        <translation>Liquidationskosten</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>Schulden</translation>
    </message>
    <message>
        <source>Collateral, risk-adjusted</source>
        <translation>Sicherheiten, risikoadjustiert</translation>
    </message>
    <message>
        <source>Collateral coverage (at market / debt)</source>
        <translation>Sicherheitendeckung (Markt / Schuld)</translation>
    </message>
    <message>
        <source>no debt</source>
        <translation>keine Schuld</translation>
    </message>
    <message>
        <source>Lowest health factor</source>
        <translation>Niedrigster Health-Faktor</translation>
    </message>
    <message>
        <source>Loans at risk (HF below 1)</source>
        <translation>Gefährdete Kredite (HF unter 1)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Delta-normal VaR 99%, %1 day(s)</source>
        <translation>Delta-normal-VaR 99 %, %1 Tag(e)</translation>
    </message>
    <message>
        <source>Derivatives value</source>
        <translation>Wert der Derivate</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Exposure</translation>
    </message>
    <message>
        <source>By counterparty (largest 12 by holdings and receivables)</source>
        <translation>Nach Gegenpartei (die 12 größten nach Beständen und Forderungen)</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Gegenpartei</translation>
    </message>
    <message>
        <source>Holdings</source>
        <translation>Bestände</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>Forderungen</translation>
    </message>
    <message>
        <source>Payables</source>
        <translation>Verbindlichkeiten</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Collateral posted</source>
        <translation>Gestellte Sicherheiten</translation>
    </message>
    <message>
        <source>Exposure by counterparty</source>
        <translation>Exposure nach Gegenpartei</translation>
    </message>
    <message>
        <source>holdings</source>
        <translation>Bestände</translation>
    </message>
    <message>
        <source>net receivables</source>
        <translation>Nettoforderungen</translation>
    </message>
    <message>
        <source>By lending venue</source>
        <translation>Nach Kreditplattform</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Collateral (risk-adj.)</source>
        <translation>Sicherheiten (risikoadj.)</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Kredite</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>HHI</source>
        <translation>HHI</translation>
    </message>
    <message>
        <source>By asset (largest 12 by market value)</source>
        <translation>Nach Asset (die 12 größten nach Marktwert)</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Market value</source>
        <translation>Marktwert</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation>Verpfändet</translation>
    </message>
    <message>
        <source>Depth to 2%</source>
        <translation>Tiefe bis 2 %</translation>
    </message>
    <message>
        <source>Oracle dev.</source>
        <translation>Orakel-Abw.</translation>
    </message>
    <message>
        <source>Collateral by asset</source>
        <translation>Sicherheiten nach Asset</translation>
    </message>
    <message>
        <source>Quantity pledged</source>
        <translation>Verpfändete Menge</translation>
    </message>
    <message>
        <source>Haircut</source>
        <translation>Abschlag</translation>
    </message>
    <message>
        <source>Exit value</source>
        <translation>Veräußerungswert</translation>
    </message>
    <message>
        <source>Exit discount</source>
        <translation>Exit-Abschlag</translation>
    </message>
    <message>
        <source>Haircut: one minus the liquidation threshold, weighted by the oracle value pledged. Exit value: what the pledged quantity fetches sold through the book&apos;s pools at once (slippage and fees), or its market value where no pool trades it.</source>
        <translation>Abschlag: eins minus Liquidationsschwelle, gewichtet mit dem verpfändeten Orakelwert. Exit-Wert: was die verpfändete Menge auf einmal über die Pools des Buchs verkauft einbringt (Slippage und Gebühren), oder ihr Marktwert, wo kein Pool sie handelt.</translation>
    </message>
    <message>
        <source>The ten loans closest to liquidation</source>
        <translation>Die zehn Kredite am nächsten an der Liquidation</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>Kreditnehmer</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation>Sicherheiten</translation>
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
        <translation>Liq.-Preis</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <source>HF: risk-adjusted collateral over debt at oracle prices; a loan is liquidated below 1. Liquidation price and distance apply to loans with a single collateral asset.</source>
        <translation>HF: risikoadjustierte Sicherheiten durch Schuld zu Orakelpreisen; unter 1 wird ein Kredit liquidiert. Liquidationspreis und Abstand gelten für Kredite mit einem einzigen Sicherheiten-Asset.</translation>
    </message>
    <message>
        <source>%1 price moves %2</source>
        <translation>Preis von %1 ändert sich um %2</translation>
    </message>
    <message>
        <source>%1 price set to %2</source>
        <translation>Preis von %1 auf %2 gesetzt</translation>
    </message>
    <message>
        <source>%1 volatility × %2</source>
        <translation>Volatilität von %1 × %2</translation>
    </message>
    <message>
        <source>%1 depegs by %2</source>
        <translation>%1 verliert die Bindung um %2</translation>
    </message>
    <message>
        <source>%1 depegs to %2</source>
        <translation>%1 verliert die Bindung auf %2</translation>
    </message>
    <message>
        <source>liquidity of %1 drained by %2</source>
        <translation>Liquidität von %1 um %2 abgezogen</translation>
    </message>
    <message>
        <source>%1 oracle stale for %2 h</source>
        <translation>Orakel von %1 veraltet für %2 h</translation>
    </message>
    <message>
        <source>%1 oracle manipulated by %2</source>
        <translation>Orakel von %1 um %2 manipuliert</translation>
    </message>
    <message>
        <source>%1 oracle set to %2</source>
        <translation>Orakel von %1 auf %2 gesetzt</translation>
    </message>
    <message>
        <source>%1 defaults</source>
        <translation>%1 fällt aus</translation>
    </message>
    <message>
        <source>shipments through %1 delayed %2 days</source>
        <translation>Lieferungen über %1 um %2 Tage verzögert</translation>
    </message>
    <message>
        <source>%1 halted for %2 rounds</source>
        <translation>%1 für %2 Runden angehalten</translation>
    </message>
    <message>
        <source>finality on %1 delayed %2 s</source>
        <translation>Finalität auf %1 um %2 s verzögert</translation>
    </message>
    <message>
        <source>%1 follows a recorded price path of %2 points</source>
        <translation>%1 folgt einem aufgezeichneten Preispfad mit %2 Punkten</translation>
    </message>
    <message>
        <source>The shocks:</source>
        <translation>Die Schocks:</translation>
    </message>
    <message>
        <source>Total loss</source>
        <translation>Gesamtverlust</translation>
    </message>
    <message>
        <source>Bad debt</source>
        <translation>Uneinbringliche Schulden</translation>
    </message>
    <message>
        <source>Liquidations</source>
        <translation>Liquidationen</translation>
    </message>
    <message>
        <source>Collateral sold</source>
        <translation>Verkaufte Sicherheiten</translation>
    </message>
    <message>
        <source>Debt repaid</source>
        <translation>Getilgte Schulden</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Ausfälle</translation>
    </message>
    <message>
        <source>Cascade rounds</source>
        <translation>Kaskadenrunden</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After, with breakers</source>
        <translation>Nachher, mit Schutzschaltern</translation>
    </message>
    <message>
        <source>After, no breakers</source>
        <translation>Nachher, ohne Schutzschalter</translation>
    </message>
    <message>
        <source>The cascade, round by round</source>
        <translation>Die Kaskade, Runde für Runde</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Proceeds</source>
        <translation>Erlöse</translation>
    </message>
    <message>
        <source>Venues halted</source>
        <translation>Angehaltene Plattformen</translation>
    </message>
    <message>
        <source>Where the loss comes from</source>
        <translation>Woher der Verlust kommt</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Liquidation penalty</source>
        <translation>Liquidationsstrafe</translation>
    </message>
    <message>
        <source>Fire sale</source>
        <translation>Notverkauf</translation>
    </message>
    <message>
        <source>Oracle</source>
        <translation>Orakel</translation>
    </message>
    <message>
        <source>Supply chain</source>
        <translation>Lieferkette</translation>
    </message>
    <message>
        <source>Hedges (gains negative)</source>
        <translation>Absicherungen (Gewinne negativ)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Largest losses by node</source>
        <translation>Größte Verluste nach Knoten</translation>
    </message>
    <message>
        <source>defaulted</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Equity before</source>
        <translation>Eigenkapital vorher</translation>
    </message>
    <message>
        <source>Defaulted: %1.</source>
        <translation>Ausgefallen: %1.</translation>
    </message>
    <message>
        <source>Bad debt: %1, the debt the seized collateral did not cover.</source>
        <translation>Uneinbringliche Schuld: %1, die Schuld, die die eingezogenen Sicherheiten nicht deckten.</translation>
    </message>
    <message>
        <source>Monte Carlo stress</source>
        <translation>Monte-Carlo-Stress</translation>
    </message>
    <message>
        <source>%L1 scenarios (seed %2) over %3 day(s): correlated moves of the book&apos;s risk factors, each run through the full cascade.</source>
        <translation>%L1 Szenarien (Seed %2) über %3 Tag(e): korrelierte Bewegungen der Risikofaktoren des Buchs, jedes durch die volle Kaskade gerechnet.</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>VaR</source>
        <translation>VaR</translation>
    </message>
    <message>
        <source>Expected shortfall</source>
        <translation>Expected Shortfall</translation>
    </message>
    <message>
        <source>Liquidations at risk</source>
        <translation>Gefährdete Liquidationen</translation>
    </message>
    <message>
        <source>Appendix: method and assumptions</source>
        <translation>Anhang: Methode und Annahmen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Values.&lt;/b&gt; Market value is quantity × market price; an inventory token is priced from its underlying commodity × units per token × quality, where quality decays exponentially with the days since its last attestation; an invoice token is its face value discounted for time to due and the obligor&apos;s default probability. Exit value sells the quantity through the book&apos;s pools (constant-product, concentrated-liquidity and order-book) by best execution, so it carries price impact and fees.</source>
        <translation>&lt;b&gt;Werte.&lt;/b&gt; Marktwert ist Menge × Marktpreis; ein Lagertoken wird aus seinem Rohstoff × Einheiten je Token × Qualität bewertet, wobei die Qualität exponentiell mit den Tagen seit der letzten Bestätigung abnimmt; ein Rechnungstoken ist sein Nennwert, abgezinst für die Zeit bis Fälligkeit und die Ausfallwahrscheinlichkeit des Schuldners. Der Exit-Wert verkauft die Menge über die Pools des Buchs (Constant-Product, konzentrierte Liquidität und Orderbuch) mit bester Ausführung und trägt daher Preiswirkung und Gebühren.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Loans.&lt;/b&gt; Health factor = Σ quantity × oracle price × liquidation threshold / debt. Below 1 a loan is liquidated as Aave v3 does it: up to the close factor of the debt is repaid, and the liquidator receives collateral worth the repaid debt × the liquidation bonus, of which the protocol fee is a share.</source>
        <translation>&lt;b&gt;Kredite.&lt;/b&gt; Health-Faktor = Σ Menge × Orakelpreis × Liquidationsschwelle / Schuld. Unter 1 wird ein Kredit wie bei Aave v3 liquidiert: bis zum Close-Faktor der Schuld wird getilgt, und der Liquidator erhält Sicherheiten im Wert der getilgten Schuld × Liquidationsbonus, wovon die Protokollgebühr ein Anteil ist.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cascade.&lt;/b&gt; A scenario applies its shocks, then runs rounds: liquidatable loans are liquidated, the seized collateral is sold on the pools, prices move with the sales, oracles follow the market with their lag, and the next round sees the new prices. Circuit breakers cap a venue&apos;s price fall and liquidation volume per round and may halt trading. The column &quot;no breakers&quot; is the same scenario with breakers off.</source>
        <translation>&lt;b&gt;Kaskade.&lt;/b&gt; Ein Szenario wendet seine Schocks an und rechnet dann Runden: liquidierbare Kredite werden liquidiert, die eingezogenen Sicherheiten in den Pools verkauft, die Preise bewegen sich mit den Verkäufen, die Orakel folgen dem Markt mit ihrer Verzögerung, und die nächste Runde sieht die neuen Preise. Schutzschalter begrenzen den Preisfall und das Liquidationsvolumen einer Plattform je Runde und können den Handel anhalten. Die Spalte „ohne Schutzschalter“ ist dasselbe Szenario mit abgeschalteten Schutzschaltern.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Supply chain and clearing.&lt;/b&gt; Supplier defaults and shipment delays propagate downstream by the book&apos;s shares and cash buffers (time to survive); obligations are then cleared as Eisenberg and Noe (2001) do it, or with Rogers and Veraart&apos;s (2013) default costs when the book chooses that model. DebtRank follows Battiston et al. (2012).</source>
        <translation>&lt;b&gt;Lieferkette und Clearing.&lt;/b&gt; Lieferantenausfälle und Lieferverzögerungen pflanzen sich nach den Anteilen und Liquiditätspuffern (Überlebenszeit) des Buchs stromabwärts fort; die Verbindlichkeiten werden dann wie bei Eisenberg und Noe (2001) verrechnet, oder mit den Ausfallkosten von Rogers und Veraart (2013), wenn das Buch dieses Modell wählt. DebtRank folgt Battiston et al. (2012).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Monte Carlo.&lt;/b&gt; Correlated log-normal (or Student-t, with jumps where the book asks) moves of the assets with a volatility over the horizon; VaR and expected shortfall are exact empirical quantiles of the scenario losses.</source>
        <translation>&lt;b&gt;Monte Carlo.&lt;/b&gt; Korrelierte log-normale (oder Student-t, mit Sprüngen, wo das Buch es verlangt) Bewegungen der Assets mit Volatilität über den Horizont; VaR und Expected Shortfall sind exakte empirische Quantile der Szenarioverluste.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data.&lt;/b&gt; The demo book&apos;s prices and risk parameters are real: crash-day price histories and Aave v3 risk parameters, with their sources listed on the cover. The counterparties and positions are illustrative.</source>
        <translation>&lt;b&gt;Daten.&lt;/b&gt; Preise und Risikoparameter des Demo-Buchs sind echt: Kursverläufe von Crash-Tagen und Aave-v3-Risikoparameter, ihre Quellen stehen auf dem Deckblatt. Gegenparteien und Positionen sind erfunden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Assumptions.&lt;/b&gt; Prices, oracle values and attestations are as of the book&apos;s as-of time; pools are the only liquidity; no new capital enters during a cascade; figures are undiscounted unless stated.</source>
        <translation>&lt;b&gt;Annahmen.&lt;/b&gt; Preise, Orakelwerte und Bestätigungen gelten zum Stichtag des Buchs; die Pools sind die einzige Liquidität; während einer Kaskade kommt kein neues Kapital hinzu; Beträge sind nicht abgezinst, sofern nicht anders angegeben.</translation>
    </message>
    <message>
        <source>Lender report — %1</source>
        <translation>Bericht für Kreditgeber — %1</translation>
    </message>
    <message>
        <source>Ballast lender report · %1</source>
        <translation>Ballast-Bericht für Kreditgeber · %1</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>input %1</source>
        <translation>Eingabe %1</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>The network</source>
        <translation>Das Netzwerk</translation>
    </message>
    <message>
        <source>The network after the cascade</source>
        <translation>Das Netzwerk nach der Kaskade</translation>
    </message>
    <message>
        <source>Defaulted nodes and liquidated borrowers are marked, as are the shipments the scenario delayed.</source>
        <translation>Ausgefallene Knoten und liquidierte Kreditnehmer sind markiert, ebenso die Lieferungen, die das Szenario verzögert hat.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Losses.&lt;/b&gt; Each node&apos;s loss is split by channel: price, liquidation penalty, fire sale, oracle, defaults, supply chain and hedges (a hedge&apos;s gain in value counts against the loss). The channels sum to the total.</source>
        <translation>&lt;b&gt;Verluste.&lt;/b&gt; Der Verlust jedes Knotens wird nach Kanälen aufgeteilt: Preis, Liquidationsstrafe, Notverkauf, Orakel, Ausfälle, Lieferkette und Absicherungen (der Wertgewinn einer Absicherung mindert den Verlust). Die Kanäle summieren sich zum Gesamtverlust.</translation>
    </message>
    <message>
        <source>With %L1 nodes and %L2 links the network is drawn in groups: one per tier and region of the chain, one per type of the rest, the number of members in brackets; a group&apos;s ring is its weakest loan, its badges count the members that defaulted (red) or were liquidated (amber).</source>
        <translation>Mit %L1 Knoten und %L2 Verbindungen wird das Netzwerk in Gruppen gezeichnet: eine je Stufe und Region der Kette, eine je Typ der übrigen, die Zahl der Mitglieder in Klammern; der Ring einer Gruppe ist ihr schwächster Kredit, ihre Plaketten zählen die Mitglieder, die ausgefallen (rot) oder liquidiert (gelb) sind.</translation>
    </message>
    <message>
        <source>Where the forced selling went</source>
        <translation>Wohin die Zwangsverkäufe gingen</translation>
    </message>
    <message>
        <source>The liquidators&apos; sales by venue and asset, against what the venue takes before its price falls 2% (coverage below 1× moved it more); the loans first liquidated in the next wave holding what a sale moved.</source>
        <translation>Die Verkäufe der Liquidatoren nach Handelsplatz und Vermögenswert, gegen das, was der Handelsplatz aufnimmt, bevor sein Preis um 2 % fällt (Deckung unter 1× bewegte ihn stärker); die Kredite, die in der nächsten Welle erstmals liquidiert wurden und hielten, was ein Verkauf bewegte.</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <source>Absorbs at 2%</source>
        <translation>Aufnahme bei 2 %</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Deckung</translation>
    </message>
    <message>
        <source>Worst impact</source>
        <translation>Stärkste Wirkung</translation>
    </message>
    <message>
        <source>Pushed under</source>
        <translation>Unter Wasser gedrückt</translation>
    </message>
    <message>
        <source>Who fails first</source>
        <translation>Wer zuerst scheitert</translation>
    </message>
    <message>
        <source>Each borrower by the days its cash lasts against the inflows the scenario cuts, against the weakest health factor its loans reach; the boundary is the scenario&apos;s time to recover (%1 days).</source>
        <translation>Jeder Kreditnehmer nach den Tagen, die seine Liquidität gegen die vom Szenario gekappten Zuflüsse reicht, gegen den schwächsten Health Factor seiner Kredite; die Grenze ist die Erholungszeit des Szenarios (%1 Tage).</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Borrowers</source>
        <translation>Kreditnehmer</translation>
    </message>
    <message>
        <source>Safe</source>
        <translation>Sicher</translation>
    </message>
    <message>
        <source>Fails physically first</source>
        <translation>Scheitert zuerst physisch</translation>
    </message>
    <message>
        <source>Fails financially first</source>
        <translation>Scheitert zuerst finanziell</translation>
    </message>
    <message>
        <source>Fails both ways</source>
        <translation>Scheitert auf beide Arten</translation>
    </message>
    <message>
        <source>Bottlenecks of the physical chain</source>
        <translation>Engpässe der physischen Kette</translation>
    </message>
    <message>
        <source>Stages that take in more per day than their outgoing links can carry, and the pledged goods waiting behind them. The chain&apos;s max flow is %1 a day.</source>
        <translation>Stufen, die pro Tag mehr aufnehmen, als ihre ausgehenden Verbindungen tragen können, und die verpfändeten Waren, die dahinter warten. Der maximale Fluss der Kette beträgt %1 pro Tag.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Inflow / day</source>
        <translation>Zufluss / Tag</translation>
    </message>
    <message>
        <source>Outflow cap. / day</source>
        <translation>Abflusskap. / Tag</translation>
    </message>
    <message>
        <source>Excess / day</source>
        <translation>Überhang / Tag</translation>
    </message>
    <message>
        <source>Goods waiting</source>
        <translation>Wartende Waren</translation>
    </message>
    <message>
        <source>Largest loans</source>
        <translation>Größte Kredite</translation>
    </message>
    <message>
        <source>Across chains</source>
        <translation>Über Chains hinweg</translation>
    </message>
    <message>
        <source>A lending venue sees the oracle&apos;s price as many %1 rounds late as its chain&apos;s block finality spans; the scenario&apos;s finality shocks lengthen it. Liquidators sold where the depth was, at once: what they sold on another chain than the loan&apos;s is what the bridges would have had to carry, against their capacity per round.</source>
        <translation>Eine Kreditplattform sieht den Oracle-Preis so viele %1-Runden zu spät, wie die Blockfinalität ihrer Chain umfasst; die Finalitätsschocks des Szenarios verlängern das. Liquidatoren verkauften sofort dort, wo die Markttiefe war: Was sie auf einer anderen Chain als der des Kredits verkauften, hätten die Bridges tragen müssen, gemessen an ihrer Kapazität je Runde.</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <source>Lag before</source>
        <translation>Verzögerung vorher</translation>
    </message>
    <message>
        <source>Lag in scenario</source>
        <translation>Verzögerung im Szenario</translation>
    </message>
    <message>
        <source>Rounds late</source>
        <translation>Runden zu spät</translation>
    </message>
    <message>
        <source>Caused</source>
        <translation>Verursacht</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Zurückgehalten</translation>
    </message>
    <message>
        <source>off-chain</source>
        <translation>off-chain</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>Bridge</translation>
    </message>
    <message>
        <source>Chains</source>
        <translation>Chains</translation>
    </message>
    <message>
        <source>Capacity per round</source>
        <translation>Kapazität je Runde</translation>
    </message>
    <message>
        <source>Carried</source>
        <translation>Getragen</translation>
    </message>
    <message>
        <source>Peak use</source>
        <translation>Spitzenauslastung</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Rückstau</translation>
    </message>
    <message>
        <source>Rounds to clear</source>
        <translation>Runden bis abgebaut</translation>
    </message>
    <message>
        <source>Rounds to arrive</source>
        <translation>Runden bis Ankunft</translation>
    </message>
    <message>
        <source>%1 was sold across chains that no bridge of the book joins.</source>
        <translation>%1 wurde zwischen Chains verkauft, die keine Bridge des Buchs verbindet.</translation>
    </message>
    <message>
        <source>The scenario cuts no inflow, so no borrower runs out of cash: the quadrants follow the weakest health factor its loans reach.</source>
        <translation>Das Szenario kappt keinen Zufluss, also geht keinem Kreditnehmer die Liquidität aus: Die Quadranten folgen dem schwächsten Health Factor, den seine Kredite erreichen.</translation>
    </message>
    <message>
        <source>The supply chain left to right, each stage in the column just before its customers; lenders, venues and funds in bands around it, each on the side where its links cross the chain least; a ring shows the weakest health factor of a borrower&apos;s loans, a link&apos;s width its flow.</source>
        <translation>Die Lieferkette von links nach rechts, jede Stufe in der Spalte direkt vor ihren Abnehmern; Kreditgeber, Handelsplätze und Fonds in Bändern darum, jeweils auf der Seite, auf der ihre Verbindungen die Kette am wenigsten kreuzen; ein Ring zeigt den schwächsten Health Factor der Kredite eines Kreditnehmers, die Breite einer Verbindung ihren Fluss.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Wiederholen: %1</translation>
    </message>
    <message>
        <source>Price move</source>
        <translation>Preisbewegung</translation>
    </message>
    <message>
        <source>Volatility ×</source>
        <translation>Volatilität ×</translation>
    </message>
    <message>
        <source>Stablecoin depeg</source>
        <translation>Stablecoin-Entkopplung</translation>
    </message>
    <message>
        <source>Liquidity drain (venue)</source>
        <translation>Liquiditätsabzug (Plattform)</translation>
    </message>
    <message>
        <source>Oracle stale</source>
        <translation>Orakel veraltet</translation>
    </message>
    <message>
        <source>Oracle manipulation</source>
        <translation>Orakelmanipulation</translation>
    </message>
    <message>
        <source>Node default</source>
        <translation>Ausfall eines Knotens</translation>
    </message>
    <message>
        <source>Shipping delay (node/port)</source>
        <translation>Lieferverzug (Knoten/Hafen)</translation>
    </message>
    <message>
        <source>Venue halt</source>
        <translation>Plattform angehalten</translation>
    </message>
    <message>
        <source>Chain finality</source>
        <translation>Chain-Finalität</translation>
    </message>
    <message>
        <source>Historical replay</source>
        <translation>Historische Wiedergabe</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Als PDF exportieren…</translation>
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
        <translation>Lieferkette &amp; Netz</translation>
    </message>
    <message>
        <source>Positions and inventory</source>
        <translation>Positionen und Bestände</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Kredite</translation>
    </message>
    <message>
        <source>Liquidity heatmap</source>
        <translation>Liquiditäts-Heatmap</translation>
    </message>
    <message>
        <source>Exposure dashboard</source>
        <translation>Exposure-Übersicht</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>Was-wäre-wenn</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <source>Survival × health</source>
        <translation>Überleben × Gesundheit</translation>
    </message>
    <message>
        <source>Oracle lag</source>
        <translation>Orakel-Verzögerung</translation>
    </message>
    <message>
        <source>Bottlenecks</source>
        <translation>Engpässe</translation>
    </message>
    <message>
        <source>Cross-chain</source>
        <translation>Cross-Chain</translation>
    </message>
</context>
<context>
    <name>ballast::ui::AlertsModel</name>
    <message>
        <source>Loan %1</source>
        <translation>Kredit %1</translation>
    </message>
    <message>
        <source>HF %1 — liquidatable (%2)</source>
        <translation>HF %1 — liquidierbar (%2)</translation>
    </message>
    <message>
        <source>HF %1 below 1.10 (%2)</source>
        <translation>HF %1 unter 1,10 (%2)</translation>
    </message>
    <message>
        <source>Oracle %1</source>
        <translation>Orakel %1</translation>
    </message>
    <message>
        <source>deviates %1 from market</source>
        <translation>weicht %1 vom Markt ab</translation>
    </message>
    <message>
        <source>stale: last update %1 min ago</source>
        <translation>veraltet: letzte Aktualisierung vor %1 min</translation>
    </message>
    <message>
        <source>Attestation %1</source>
        <translation>Bestätigung %1</translation>
    </message>
    <message>
        <source>overdue: %1 h since the last attestation</source>
        <translation>überfällig: %1 h seit der letzten Bestätigung</translation>
    </message>
    <message>
        <source>Pool %1</source>
        <translation>Pool %1</translation>
    </message>
    <message>
        <source>utilisation %1</source>
        <translation>Auslastung %1</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NEU</translation>
    </message>
    <message>
        <source>cleared, unread</source>
        <translation>erledigt, ungelesen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>%n condition(s) on opening, %1 critical (listed under Alerts)</source>
        <translation>
            <numerusform>%n Bedingung beim Öffnen, %1 kritisch (unter Warnungen aufgeführt)</numerusform>
            <numerusform>%n Bedingungen beim Öffnen, %1 kritisch (unter Warnungen aufgeführt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (listed under Alerts)</source>
        <translation>
            <numerusform>… und %n weitere (unter Warnungen aufgeführt)</numerusform>
            <numerusform>… und %n weitere (unter Warnungen aufgeführt)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ballast::ui::AlertsView</name>
    <message>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Acknowledge all</source>
        <translation>Alle bestätigen</translation>
    </message>
    <message>
        <source>%1 alert(s), %2 unacknowledged</source>
        <translation>%1 Warnung(en), %2 unbestätigt</translation>
    </message>
    <message>
        <source>&lt;b&gt;No alerts&lt;/b&gt;&lt;br&gt;Watched: loan health below 1.10, oracles more than 2% from the market or stale, overdue attestations, pools more than 90% utilised.</source>
        <translation>&lt;b&gt;Keine Alarme&lt;/b&gt;&lt;br&gt;Überwacht: Health-Faktor unter 1,10, Orakel mehr als 2 % vom Markt entfernt oder veraltet, überfällige Bestätigungen, Pools über 90 % ausgelastet.</translation>
    </message>
</context>
<context>
    <name>ballast::ui::BottleneckView</name>
    <message>
        <source>%1/day</source>
        <translation>%1/Tag</translation>
    </message>
    <message>
        <source>Show on graph</source>
        <translation>Im Graphen zeigen</translation>
    </message>
    <message>
        <source>Colour the graph&apos;s chain by velocity and draw the min cut with its capacity</source>
        <translation>Die Kette im Graphen nach Geschwindigkeit färben und den minimalen Schnitt mit seiner Kapazität zeichnen</translation>
    </message>
    <message>
        <source>Bottleneck</source>
        <translation>Engpass</translation>
    </message>
    <message>
        <source>Inflow</source>
        <translation>Zufluss</translation>
    </message>
    <message>
        <source>Outflow cap.</source>
        <translation>Abflusskap.</translation>
    </message>
    <message>
        <source>Excess</source>
        <translation>Überhang</translation>
    </message>
    <message>
        <source>Excess %</source>
        <translation>Überhang %</translation>
    </message>
    <message>
        <source>Upstream</source>
        <translation>Vorgelagert</translation>
    </message>
    <message>
        <source>Goods waiting</source>
        <translation>Wartende Waren</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Kredite</translation>
    </message>
    <message>
        <source>Value per day flowing in over shipments and supply links, at market prices</source>
        <translation>Wert pro Tag, der über Sendungen und Lieferbeziehungen zufließt, zu Marktpreisen</translation>
    </message>
    <message>
        <source>Value per day its outgoing links can carry</source>
        <translation>Wert pro Tag, den die ausgehenden Verbindungen tragen können</translation>
    </message>
    <message>
        <source>What piles up each day: inflow less outflow capacity</source>
        <translation>Was sich täglich staut: Zufluss abzüglich Abflusskapazität</translation>
    </message>
    <message>
        <source>Stages with a physical path into it: what they ship passes through it</source>
        <translation>Stufen mit einem physischen Weg hierher: was sie versenden, läuft hier durch</translation>
    </message>
    <message>
        <source>Pledged goods (inventory, commodity and invoice tokens) held at it or upstream, at market prices</source>
        <translation>Verpfändete Waren (Lager-, Rohstoff- und Rechnungstoken), hier oder vorgelagert gehalten, zu Marktpreisen</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>Kreditnehmer</translation>
    </message>
    <message>
        <source>Held at</source>
        <translation>Gehalten bei</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Waren</translation>
    </message>
    <message>
        <source>Of collateral</source>
        <translation>Der Sicherheiten</translation>
    </message>
    <message>
        <source>HF</source>
        <translation>HF</translation>
    </message>
    <message>
        <source>The loan&apos;s pledged goods held there, at market prices</source>
        <translation>Die dort gehaltenen verpfändeten Waren des Kredits, zu Marktpreisen</translation>
    </message>
    <message>
        <source>Share of the loan&apos;s whole collateral (market value) that waits</source>
        <translation>Anteil der gesamten Sicherheiten des Kredits (Marktwert), der wartet</translation>
    </message>
    <message>
        <source>No book open</source>
        <translation>Kein Buch geöffnet</translation>
    </message>
    <message>
        <source>&lt;b&gt;No book open&lt;/b&gt;&lt;br&gt;File &gt; Open… or File &gt; Open demo book</source>
        <translation>&lt;b&gt;Kein Buch geöffnet&lt;/b&gt;&lt;br&gt;Datei &gt; Öffnen… oder Datei &gt; Demobuch öffnen</translation>
    </message>
    <message>
        <source>Computing the exposure…</source>
        <translation>Exposure wird berechnet…</translation>
    </message>
    <message>
        <source>No physical supply network</source>
        <translation>Kein physisches Liefernetz</translation>
    </message>
    <message>
        <source>&lt;b&gt;No shipments or supply links&lt;/b&gt;&lt;br&gt;Bottlenecks are where a stage takes in more per day than it can pass on: add shipments (with a quantity and transit days) or supply links to the workbook, or File &gt; Import CSV… with a links.csv.</source>
        <translation>&lt;b&gt;Keine Sendungen oder Lieferbeziehungen&lt;/b&gt;&lt;br&gt;Engpässe sind Stufen, die pro Tag mehr aufnehmen, als sie weitergeben können: Sendungen (mit Menge und Transittagen) oder Lieferbeziehungen zur Arbeitsmappe hinzufügen, oder Datei &gt; CSV importieren… mit einer links.csv.</translation>
    </message>
    <message numerus="yes">
        <source>Max flow %1, bounded by a min cut of %n link(s) carrying flow (widest: %2, %3 → %4, %5).</source>
        <translation>
            <numerusform>Max. Fluss %1, begrenzt durch einen minimalen Schnitt aus %n Verbindung mit Fluss (breiteste: %2, %3 → %4, %5).</numerusform>
            <numerusform>Max. Fluss %1, begrenzt durch einen minimalen Schnitt aus %n Verbindungen mit Fluss (breiteste: %2, %3 → %4, %5).</numerusform>
        </translation>
    </message>
    <message>
        <source>Max flow %1.</source>
        <translation>Max. Fluss %1.</translation>
    </message>
    <message>
        <source>No bottleneck: every stage can pass on what it takes in.</source>
        <translation>Kein Engpass: jede Stufe kann weitergeben, was sie aufnimmt.</translation>
    </message>
    <message>
        <source>%L1 bottlenecks (the %L2 largest listed) pile up %3; %4 of pledged goods wait behind them.</source>
        <translation>%L1 Engpässe (die %L2 größten gelistet) stauen %3; %4 an verpfändeten Waren warten dahinter.</translation>
    </message>
    <message numerus="yes">
        <source>%n bottleneck(s) pile up %1; %2 of pledged goods wait behind them.</source>
        <translation>
            <numerusform>%n Engpass staut %1; %2 an verpfändeten Waren warten dahinter.</numerusform>
            <numerusform>%n Engpässe stauen %1; %2 an verpfändeten Waren warten dahinter.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;No bottleneck&lt;/b&gt;&lt;br&gt;At today&apos;s prices every stage&apos;s outflow capacity covers its inflow. The max-flow and its min cut are on the graph (Show on graph).</source>
        <translation>&lt;b&gt;Kein Engpass&lt;/b&gt;&lt;br&gt;Zu heutigen Preisen deckt die Abflusskapazität jeder Stufe ihren Zufluss. Der maximale Fluss und sein minimaler Schnitt sind im Graphen (Im Graphen zeigen).</translation>
    </message>
    <message>
        <source>Choose a bottleneck to see whose collateral waits behind it</source>
        <translation>Einen Engpass wählen, um zu sehen, wessen Sicherheiten dahinter warten</translation>
    </message>
    <message>
        <source>No pledged goods wait behind %1</source>
        <translation>Hinter %1 warten keine verpfändeten Waren</translation>
    </message>
    <message>
        <source>Loans whose goods wait behind %1 (%2)</source>
        <translation>Kredite, deren Waren hinter %1 warten (%2)</translation>
    </message>
    <message>
        <source>Inflow against outflow capacity</source>
        <translation>Zufluss gegen Abflusskapazität</translation>
    </message>
    <message>
        <source>Inflow against outflow capacity per day (12 largest excesses)</source>
        <translation>Zufluss gegen Abflusskapazität pro Tag (12 größte Überhänge)</translation>
    </message>
    <message>
        <source>Inflow against outflow capacity per day</source>
        <translation>Zufluss gegen Abflusskapazität pro Tag</translation>
    </message>
    <message>
        <source>Outflow capacity</source>
        <translation>Abflusskapazität</translation>
    </message>
    <message>
        <source>Finding the bottlenecks…</source>
        <translation>Engpässe werden gesucht…</translation>
    </message>
</context>
<context>
    <name>ballast::ui::CrossChainView</name>
    <message>
        <source>Venue</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <source>Finality</source>
        <translation>Finalität</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <source>In scenario</source>
        <translation>Im Szenario</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Verspätet</translation>
    </message>
    <message>
        <source>Caused</source>
        <translation>Verursacht</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Zurückgehalten</translation>
    </message>
    <message>
        <source>Its chain&apos;s block finality, before → in the scenario</source>
        <translation>Blockfinalität ihrer Chain, vorher → im Szenario</translation>
    </message>
    <message>
        <source>Cascade rounds between the oracle and the venue today: finality / round length, rounded down</source>
        <translation>Kaskadenrunden zwischen Oracle und Plattform heute: Finalität / Rundenlänge, abgerundet</translation>
    </message>
    <message>
        <source>The same after the scenario&apos;s finality shocks</source>
        <translation>Dasselbe nach den Finalitätsschocks des Szenarios</translation>
    </message>
    <message>
        <source>Rounds of the run in which its view of some asset differed from the oracle&apos;s own price</source>
        <translation>Runden des Laufs, in denen ihre Sicht auf einen Vermögenswert vom eigenen Preis des Oracles abwich</translation>
    </message>
    <message>
        <source>Its loans liquidated though healthy at the market price</source>
        <translation>Seine Kredite, die trotz gesunder Lage zum Marktpreis liquidiert wurden</translation>
    </message>
    <message>
        <source>Its loans liquidatable at the market price that the venue did not see yet</source>
        <translation>Seine zum Marktpreis liquidierbaren Kredite, die der Handelsplatz noch nicht sah</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>Bridge</translation>
    </message>
    <message>
        <source>Chains</source>
        <translation>Chains</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Per round</source>
        <translation>Je Runde</translation>
    </message>
    <message>
        <source>Carried</source>
        <translation>Getragen</translation>
    </message>
    <message>
        <source>Peak use</source>
        <translation>Spitzenauslastung</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Rückstau</translation>
    </message>
    <message>
        <source>To clear</source>
        <translation>Bis abgebaut</translation>
    </message>
    <message>
        <source>Arrives</source>
        <translation>Ankunft</translation>
    </message>
    <message>
        <source>Value per day the bridge can carry</source>
        <translation>Wert pro Tag, den die Bridge tragen kann</translation>
    </message>
    <message>
        <source>Capacity per day x the round&apos;s length / 24 h</source>
        <translation>Kapazität pro Tag x Rundenlänge / 24 h</translation>
    </message>
    <message>
        <source>Seized collateral sold on the other chain (a run), or collateral near liquidation that would exit there (no run), at market value</source>
        <translation>Auf der anderen Chain verkaufte beschlagnahmte Sicherheiten (ein Lauf) oder liquidationsnahe Sicherheiten, die dort verkauft würden (kein Lauf), zum Marktwert</translation>
    </message>
    <message>
        <source>The busiest round&apos;s value / capacity per round</source>
        <translation>Wert der vollsten Runde / Kapazität je Runde</translation>
    </message>
    <message>
        <source>Value still waiting to cross when the cascade ends</source>
        <translation>Wert, der am Ende der Kaskade noch auf die Überquerung wartet</translation>
    </message>
    <message>
        <source>Rounds after the cascade&apos;s last to carry the backlog</source>
        <translation>Runden nach der letzten der Kaskade, um den Rückstau zu tragen</translation>
    </message>
    <message>
        <source>Rounds before a crossing lands: the source chain&apos;s finality (in the scenario) + the bridge&apos;s latency</source>
        <translation>Runden, bis eine Überquerung ankommt: Finalität der Quell-Chain (im Szenario) + Latenz der Bridge</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Sold into</source>
        <translation>Verkauft in</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>No book open</source>
        <translation>Kein Buch geöffnet</translation>
    </message>
    <message>
        <source>&lt;b&gt;No book open&lt;/b&gt;&lt;br&gt;File &gt; Open… or File &gt; Open demo book</source>
        <translation>&lt;b&gt;Kein Buch geöffnet&lt;/b&gt;&lt;br&gt;Datei &gt; Öffnen… oder Datei &gt; Demobuch öffnen</translation>
    </message>
    <message>
        <source>No on-chain venues</source>
        <translation>Keine On-Chain-Plattformen</translation>
    </message>
    <message>
        <source>&lt;b&gt;No chains in this book&lt;/b&gt;&lt;br&gt;Cross-chain settlement concerns on-chain venues: give nodes a chain (and lending venues a block finality, finalitySec); join two chains with links of type bridge carrying a latencySec and a capacity per day.</source>
        <translation>&lt;b&gt;Keine Chains in diesem Buch&lt;/b&gt;&lt;br&gt;Cross-Chain-Abwicklung betrifft On-Chain-Plattformen: Geben Sie Knoten eine chain (und Kreditplattformen eine Blockfinalität, finalitySec); verbinden Sie zwei Chains mit Links vom Typ bridge mit latencySec und einer Kapazität pro Tag.</translation>
    </message>
    <message>
        <source>%1 on %2 sees prices %3 late (%4 before the scenario; finality %5 → %6).</source>
        <translation>%1 auf %2 sieht Preise %3 zu spät (%4 vor dem Szenario; Finalität %5 → %6).</translation>
    </message>
    <message>
        <source>%1 on %2 sees prices %3 late (finality %4, rounds of %5).</source>
        <translation>%1 auf %2 sieht Preise %3 zu spät (Finalität %4, Runden von %5).</translation>
    </message>
    <message>
        <source>No bridge joins the chains.</source>
        <translation>Keine Bridge verbindet die Chains.</translation>
    </message>
    <message>
        <source>The cascade sold nothing across chains.</source>
        <translation>Die Kaskade verkaufte nichts über Chains hinweg.</translation>
    </message>
    <message>
        <source>No collateral near liquidation would exit on another chain.</source>
        <translation>Keine liquidationsnahe Sicherheit würde auf einer anderen Chain verkauft.</translation>
    </message>
    <message>
        <source>The cascade sold %1 of seized collateral on another chain; the bridges would still hold %2 when it ends, %3 more to clear.</source>
        <translation>Die Kaskade verkaufte %1 beschlagnahmter Sicherheiten auf einer anderen Chain; die Bridges hielten an ihrem Ende noch %2, %3 mehr bis abgebaut.</translation>
    </message>
    <message>
        <source>The cascade sold %1 of seized collateral on another chain, within the bridges&apos; capacity.</source>
        <translation>Die Kaskade verkaufte %1 beschlagnahmter Sicherheiten auf einer anderen Chain, innerhalb der Kapazität der Bridges.</translation>
    </message>
    <message>
        <source>%1 of collateral near liquidation would exit on another chain.</source>
        <translation>%1 liquidationsnaher Sicherheiten würden auf einer anderen Chain verkauft.</translation>
    </message>
    <message>
        <source>%1 crossed between chains no bridge joins.</source>
        <translation>%1 ging zwischen Chains, die keine Bridge verbindet.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>off-chain</source>
        <translation>off-chain</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1/day</source>
        <translation>%1/Tag</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>No bridge in this book</source>
        <translation>Keine Bridge in diesem Buch</translation>
    </message>
    <message>
        <source>Nothing crosses %1</source>
        <translation>Nichts überquert %1</translation>
    </message>
    <message>
        <source>What crosses %1, largest first</source>
        <translation>Was %1 überquert, größte zuerst</translation>
    </message>
    <message>
        <source>Crossings between chains no bridge joins</source>
        <translation>Überquerungen zwischen Chains ohne verbindende Bridge</translation>
    </message>
    <message>
        <source>Oracle lag per lending venue</source>
        <translation>Oracle-Verzögerung je Kreditplattform</translation>
    </message>
    <message>
        <source>Bridge use per round</source>
        <translation>Bridge-Nutzung je Runde</translation>
    </message>
    <message>
        <source>Oracle lag per lending venue, in rounds of %1</source>
        <translation>Oracle-Verzögerung je Kreditplattform, in Runden von %1</translation>
    </message>
    <message>
        <source>Oracle lag per lending venue today, in rounds of %1</source>
        <translation>Oracle-Verzögerung je Kreditplattform heute, in Runden von %1</translation>
    </message>
    <message>
        <source>Seized collateral crossing each bridge per cascade round</source>
        <translation>Beschlagnahmte Sicherheiten über jede Bridge je Kaskadenrunde</translation>
    </message>
    <message>
        <source>1 round</source>
        <translation>1 Runde</translation>
    </message>
    <message>
        <source>%L1 rounds</source>
        <translation>%L1 Runden</translation>
    </message>
    <message>
        <source>Bridged collateral reaches its pool only %1 (%2) after the seizure (finality plus the bridge&apos;s latency); the cascade sold it at once.</source>
        <translation>Über die Bridge erreicht die Sicherheit ihren Pool erst %1 (%2) nach der Beschlagnahme (Finalität plus Latenz der Bridge); die Kaskade verkaufte sie sofort.</translation>
    </message>
    <message>
        <source>No bridge joins the chains</source>
        <translation>Keine Bridge verbindet die Chains</translation>
    </message>
    <message>
        <source>What a bridge carries in a round, against the collateral near liquidation that would cross it</source>
        <translation>Was eine Bridge in einer Runde trägt, gegenüber den liquidationsnahen Sicherheiten, die sie überqueren würden</translation>
    </message>
    <message>
        <source>capacity per round</source>
        <translation>Kapazität je Runde</translation>
    </message>
    <message>
        <source>collateral near liquidation</source>
        <translation>liquidationsnahe Sicherheiten</translation>
    </message>
    <message>
        <source>Mapping the chains and bridges…</source>
        <translation>Ketten und Brücken werden erfasst…</translation>
    </message>
</context>
<context>
    <name>ballast::ui::CsvReplayFeed</name>
    <message>
        <source>CSV replay finished (%1 rows)</source>
        <translation>CSV-Wiedergabe beendet (%1 Zeilen)</translation>
    </message>
    <message>
        <source>CSV replay finished</source>
        <translation>CSV-Wiedergabe beendet</translation>
    </message>
    <message>
        <source>CSV replay: cannot read the file</source>
        <translation>CSV-Wiedergabe: Datei nicht lesbar</translation>
    </message>
    <message>
        <source>CSV replay: malformed file</source>
        <translation>CSV-Wiedergabe: fehlerhafte Datei</translation>
    </message>
    <message>
        <source>Feed stopped</source>
        <translation>Feed gestoppt</translation>
    </message>
    <message>
        <source>CSV replay</source>
        <translation>CSV-Wiedergabe</translation>
    </message>
    <message>
        <source>CSV replay %1 · %2 rows</source>
        <translation>CSV-Wiedergabe %1 · %2 Zeilen</translation>
    </message>
</context>
<context>
    <name>ballast::ui::DashboardView</name>
    <message>
        <source>&lt;b&gt;Greeks by underlying&lt;/b&gt; (book units; hedge cost = trading the net delta)</source>
        <translation>&lt;b&gt;Griechen je Basiswert&lt;/b&gt; (Bucheinheiten; Absicherungskosten = Handel des Netto-Deltas)</translation>
    </message>
    <message>
        <source>Underlying</source>
        <translation>Basiswert</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
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
        <translation>Theta/Jahr</translation>
    </message>
    <message>
        <source>Hedge cost</source>
        <translation>Absicherungskosten</translation>
    </message>
    <message>
        <source>seconds since load</source>
        <translation>Sekunden seit dem Laden</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Exposure</translation>
    </message>
    <message>
        <source>Min HF</source>
        <translation>Min. HF</translation>
    </message>
    <message>
        <source>Exposure by counterparty (top 10)</source>
        <translation>Exposure je Gegenpartei (Top 10)</translation>
    </message>
    <message>
        <source>holdings</source>
        <translation>Bestände</translation>
    </message>
    <message>
        <source>net receivables</source>
        <translation>Nettoforderungen</translation>
    </message>
    <message>
        <source>collateral (risk-adj.)</source>
        <translation>Sicherheiten (risikoadj.)</translation>
    </message>
    <message>
        <source>debt</source>
        <translation>Schulden</translation>
    </message>
    <message>
        <source>Exposure by asset (top 10)</source>
        <translation>Exposure je Wert (Top 10)</translation>
    </message>
    <message>
        <source>market value</source>
        <translation>Marktwert</translation>
    </message>
    <message>
        <source>pledged</source>
        <translation>verpfändet</translation>
    </message>
    <message>
        <source>loans</source>
        <translation>Kredite</translation>
    </message>
    <message>
        <source>Live: exposure, min HF</source>
        <translation>Live: Exposure, min. HF</translation>
    </message>
    <message>
        <source>Health factors (%1 loans, min %2)</source>
        <translation>Health Factors (%1 Kredite, Min. %2)</translation>
    </message>
    <message>
        <source>Collateral and debt by venue</source>
        <translation>Sicherheiten und Schulden je Plattform</translation>
    </message>
    <message>
        <source>&lt;b&gt;No book open&lt;/b&gt;&lt;br&gt;File &gt; Open, or File &gt; Import CSV…</source>
        <translation>&lt;b&gt;Kein Buch geöffnet&lt;/b&gt;&lt;br&gt;Datei &gt; Öffnen oder Datei &gt; CSV importieren…</translation>
    </message>
    <message>
        <source>No holdings or receivables yet</source>
        <translation>Noch keine Bestände oder Forderungen</translation>
    </message>
    <message>
        <source>&lt;b&gt;No lending venues&lt;/b&gt;&lt;br&gt;Collateral and debt by venue appear once loans are made at a lending venue.</source>
        <translation>&lt;b&gt;Keine Kreditmärkte&lt;/b&gt;&lt;br&gt;Sicherheiten und Schulden je Markt erscheinen, sobald Kredite an einem Kreditmarkt vergeben sind.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No positions yet&lt;/b&gt;&lt;br&gt;File &gt; Import CSV… with a positions.csv</source>
        <translation>&lt;b&gt;Noch keine Positionen&lt;/b&gt;&lt;br&gt;Datei &gt; CSV importieren… mit einer positions.csv</translation>
    </message>
    <message>
        <source>&lt;b&gt;No loans yet&lt;/b&gt;&lt;br&gt;Health factors appear once the book has loans.</source>
        <translation>&lt;b&gt;Noch keine Kredite&lt;/b&gt;&lt;br&gt;Health-Faktoren erscheinen, sobald das Buch Kredite hat.</translation>
    </message>
    <message>
        <source>No derivatives in this book</source>
        <translation>Keine Derivate in diesem Buch</translation>
    </message>
    <message>
        <source>Nodes that depend on each (top 10)</source>
        <translation>Abhängige Knoten je Knoten (Top 10)</translation>
    </message>
    <message>
        <source>&lt;b&gt;No supply links yet&lt;/b&gt;&lt;br&gt;links.csv (from,to) says who supplies whom.</source>
        <translation>&lt;b&gt;Noch keine Lieferbeziehungen&lt;/b&gt;&lt;br&gt;links.csv (from,to) sagt, wer wen beliefert.</translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>Nodes by tier</source>
        <translation>Knoten je Stufe</translation>
    </message>
    <message>
        <source>nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>single-sourced</source>
        <translation>eine Bezugsquelle</translation>
    </message>
    <message>
        <source>No linked chain nodes</source>
        <translation>Keine verbundenen Knoten der Lieferkette</translation>
    </message>
    <message>
        <source>Inflow per day by node (top 10)</source>
        <translation>Zufluss pro Tag je Knoten (Top 10)</translation>
    </message>
    <message>
        <source>inflow</source>
        <translation>Zufluss</translation>
    </message>
    <message>
        <source>outflow capacity</source>
        <translation>Abflusskapazität</translation>
    </message>
    <message>
        <source>&lt;b&gt;No flows yet&lt;/b&gt;&lt;br&gt;Shipments with a quantity of a priced asset give the chain its flows (and the max-flow its bottlenecks).</source>
        <translation>&lt;b&gt;Noch keine Flüsse&lt;/b&gt;&lt;br&gt;Sendungen mit einer Menge eines bepreisten Vermögenswerts geben der Kette ihre Flüsse (und dem Max-Flow seine Engpässe).</translation>
    </message>
    <message>
        <source>&lt;b&gt;No market data to follow live&lt;/b&gt;&lt;br&gt;Add assets and positions; the live feed then moves their prices.</source>
        <translation>&lt;b&gt;Keine Marktdaten für den Live-Verlauf&lt;/b&gt;&lt;br&gt;Legen Sie Vermögenswerte und Positionen an; der Live-Feed bewegt dann ihre Preise.</translation>
    </message>
</context>
<context>
    <name>ballast::ui::Document</name>
    <message>
        <source>CSV import</source>
        <translation>CSV-Import</translation>
    </message>
    <message>
        <source>Edit: %1</source>
        <translation>Änderung: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Recovering the autosave %1 (an unnamed book: Save asks where)</source>
        <translation>Stelle die automatische Sicherung %1 wieder her (ein unbenanntes Buch: Speichern fragt nach dem Ort)</translation>
    </message>
    <message>
        <source>Recovering the autosave %1; Save writes it to %2</source>
        <translation>Stelle die automatische Sicherung %1 wieder her; Speichern schreibt sie nach %2</translation>
    </message>
</context>
<context>
    <name>ballast::ui::FeedController</name>
    <message>
        <source>Feed stopped: a new book was opened</source>
        <translation>Feed gestoppt: ein neues Buch wurde geöffnet</translation>
    </message>
    <message>
        <source>Feed started: %1</source>
        <translation>Feed gestartet: %1</translation>
    </message>
    <message>
        <source>Feed off</source>
        <translation>Feed aus</translation>
    </message>
    <message>
        <source>Malformed feed message dropped (%1): %2</source>
        <translation>Fehlerhafte Feed-Nachricht verworfen (%1): %2</translation>
    </message>
    <message>
        <source>Tick for %1 dropped: %2</source>
        <translation>Tick für %1 verworfen: %2</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>unknown asset</source>
        <translation>unbekanntes Asset</translation>
    </message>
    <message>
        <source>token priced from its underlying</source>
        <translation>Token wird aus seinem Basiswert bewertet</translation>
    </message>
    <message>
        <source>out of order</source>
        <translation>außer der Reihe</translation>
    </message>
    <message>
        <source>older than the last tick</source>
        <translation>älter als der letzte Tick</translation>
    </message>
    <message>
        <source>Simulated &amp;market feed</source>
        <translation>Simulierter &amp;Markt-Feed</translation>
    </message>
    <message>
        <source>Replay prices &amp;CSV…</source>
        <translation>Preise aus &amp;CSV abspielen…</translation>
    </message>
    <message>
        <source>Prices CSV</source>
        <translation>Preise (CSV)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Connect &amp;WebSocket…</source>
        <translation>&amp;WebSocket verbinden…</translation>
    </message>
    <message>
        <source>WebSocket feed</source>
        <translation>WebSocket-Feed</translation>
    </message>
    <message>
        <source>URL (ws:// or wss://)</source>
        <translation>URL (ws:// oder wss://)</translation>
    </message>
    <message>
        <source>&amp;Stop feed</source>
        <translation>Feed &amp;stoppen</translation>
    </message>
    <message>
        <source>%1 ticks/s</source>
        <translation>%1 Ticks/s</translation>
    </message>
</context>
<context>
    <name>ballast::ui::GraphCanvas</name>
    <message>
        <source>Supplier / retailer</source>
        <translation>Lieferant / Händler</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Port / carrier</source>
        <translation>Hafen / Frachtführer</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Lender / lending venue</source>
        <translation>Kreditgeber / Kreditplattform</translation>
    </message>
    <message>
        <source>AMM / exchange / OTC</source>
        <translation>AMM / Börse / OTC</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Sendung</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>Lieferung</translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation>Verbindlichkeit</translation>
    </message>
    <message>
        <source>Credit line</source>
        <translation>Kreditlinie</translation>
    </message>
    <message>
        <source>Borrower HF &lt; 1 / &lt; 1.1 / ok</source>
        <translation>Kreditnehmer HF &lt; 1 / &lt; 1,1 / ok</translation>
    </message>
    <message>
        <source>Scenario: liquidated / defaulted</source>
        <translation>Szenario: liquidiert / ausgefallen</translation>
    </message>
    <message>
        <source>Holdings %1</source>
        <translation>Bestände %1</translation>
    </message>
    <message>
        <source>Collateral posted %1</source>
        <translation>Gestellte Sicherheiten %1</translation>
    </message>
    <message>
        <source>Receivables %1 · payables %2</source>
        <translation>Forderungen %1 · Verbindlichkeiten %2</translation>
    </message>
    <message>
        <source>Weakest loan HF %1</source>
        <translation>Schwächster Kredit HF %1</translation>
    </message>
    <message>
        <source>Loans liquidated in the scenario</source>
        <translation>Im Szenario liquidierte Kredite</translation>
    </message>
    <message>
        <source>DEFAULTED in the scenario</source>
        <translation>IM SZENARIO AUSGEFALLEN</translation>
    </message>
    <message>
        <source>No book open
File &gt; Open…, File &gt; Open demo book, or File &gt; Import CSV…</source>
        <translation>Kein Buch geöffnet
Datei &gt; Öffnen…, Datei &gt; Demo-Buch öffnen oder Datei &gt; CSV importieren…</translation>
    </message>
    <message>
        <source>No supply chain yet
File &gt; Import CSV… with a nodes.csv (id,type,name,tier) and a links.csv (from,to),
or add nodes and links to the workbook JSON</source>
        <translation>Noch keine Lieferkette
Datei &gt; CSV importieren… mit einer nodes.csv (id,type,name,tier) und einer links.csv (from,to),
oder Knoten und Verbindungen im Arbeitsmappen-JSON anlegen</translation>
    </message>
    <message>
        <source>The layout failed: %1</source>
        <translation>Das Layout ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Laying out %L1 nodes…</source>
        <translation>%L1 Knoten werden angeordnet…</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Lieferanten</translation>
    </message>
    <message>
        <source>Manufacturers</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Carriers</source>
        <translation>Frachtführer</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Häfen</translation>
    </message>
    <message>
        <source>Warehouses</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Distributors</source>
        <translation>Händler</translation>
    </message>
    <message>
        <source>Retailers</source>
        <translation>Einzelhändler</translation>
    </message>
    <message>
        <source>Lenders</source>
        <translation>Kreditgeber</translation>
    </message>
    <message>
        <source>Lending venues</source>
        <translation>Kreditplattformen</translation>
    </message>
    <message>
        <source>AMM venues</source>
        <translation>AMM-Plätze</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Börsen</translation>
    </message>
    <message>
        <source>OTC desks</source>
        <translation>OTC-Desks</translation>
    </message>
    <message>
        <source>Oracles</source>
        <translation>Orakel</translation>
    </message>
    <message>
        <source>Insurers</source>
        <translation>Versicherer</translation>
    </message>
    <message>
        <source>Funds</source>
        <translation>Fonds</translation>
    </message>
    <message>
        <source>Treasuries</source>
        <translation>Treasuries</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>ohne Region</translation>
    </message>
    <message>
        <source>Tier %1 · %2</source>
        <translation>Stufe %1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%L1 nodes · %L2 links among them</source>
        <translation>%L1 Knoten · %L2 Verbindungen untereinander</translation>
    </message>
    <message>
        <source>%L1 of %L2 DEFAULTED in the scenario</source>
        <translation>%L1 von %L2 im Szenario AUSGEFALLEN</translation>
    </message>
    <message>
        <source>%L1 with loans liquidated in the scenario</source>
        <translation>%L1 mit im Szenario liquidierten Krediten</translation>
    </message>
    <message>
        <source>Click to open the group</source>
        <translation>Klicken öffnet die Gruppe</translation>
    </message>
    <message>
        <source>Double-click to close its group</source>
        <translation>Doppelklick schließt seine Gruppe</translation>
    </message>
    <message>
        <source>✂ min cut %1/day</source>
        <translation>✂ min. Schnitt %1/Tag</translation>
    </message>
    <message>
        <source>✂ %1/day</source>
        <translation>✂ %1/Tag</translation>
    </message>
    <message>
        <source>In transit up to 7 days</source>
        <translation>Bis zu 7 Tage unterwegs</translation>
    </message>
    <message>
        <source>In transit 7 to 21 days</source>
        <translation>7 bis 21 Tage unterwegs</translation>
    </message>
    <message>
        <source>In transit over 21 days</source>
        <translation>Über 21 Tage unterwegs</translation>
    </message>
    <message>
        <source>Supply (width: value per day)</source>
        <translation>Lieferung (Breite: Wert pro Tag)</translation>
    </message>
    <message>
        <source>Min cut of the max-flow</source>
        <translation>Minimaler Schnitt des max. Flusses</translation>
    </message>
    <message>
        <source>Bottleneck: inflow &gt; outflow</source>
        <translation>Engpass: Zufluss &gt; Abfluss</translation>
    </message>
    <message>
        <source>Inflow %1/day · outflow capacity %2/day</source>
        <translation>Zufluss %1/Tag · Abflusskapazität %2/Tag</translation>
    </message>
    <message>
        <source>%L1 bottlenecks: %2/day more in than out</source>
        <translation>%L1 Engpässe: %2/Tag mehr Zu- als Abfluss</translation>
    </message>
    <message>
        <source>Bottleneck: %1/day more in than out</source>
        <translation>Engpass: %1/Tag mehr Zu- als Abfluss</translation>
    </message>
    <message>
        <source>%1 · finality %2</source>
        <translation>%1 · Finalität %2</translation>
    </message>
    <message>
        <source>⇄ bridge %1</source>
        <translation>⇄ Bridge %1</translation>
    </message>
    <message>
        <source> · %1/day</source>
        <translation> · %1/Tag</translation>
    </message>
    <message>
        <source>Bridge between chains</source>
        <translation>Bridge zwischen Chains</translation>
    </message>
</context>
<context>
    <name>ballast::ui::GraphView</name>
    <message>
        <source>Layered (supply chain)</source>
        <translation>Geschichtet (Lieferkette)</translation>
    </message>
    <message>
        <source>Force (financial network)</source>
        <translation>Kräftebasiert (Finanznetz)</translation>
    </message>
    <message>
        <source>All nodes</source>
        <translation>Alle Knoten</translation>
    </message>
    <message>
        <source>Supply chain</source>
        <translation>Lieferkette</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>Finanziell</translation>
    </message>
    <message>
        <source>Find node…</source>
        <translation>Knoten suchen…</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole network (Home)</source>
        <translation>Das ganze Netz zeigen (Pos1)</translation>
    </message>
    <message>
        <source>Frame the selected node (Z)</source>
        <translation>Den gewählten Knoten einrahmen (Z)</translation>
    </message>
    <message>
        <source>Animate</source>
        <translation>Animieren</translation>
    </message>
    <message>
        <source>Move the shipments in transit along their links</source>
        <translation>Sendungen unterwegs entlang ihrer Verbindungen bewegen</translation>
    </message>
    <message>
        <source>No node matches “%1”</source>
        <translation>Kein Knoten passt zu „%1“</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Jede Region</translation>
    </message>
    <message>
        <source>Any chain</source>
        <translation>Jede Chain</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoomen</translation>
    </message>
    <message>
        <source>%L1 of %L2 nodes</source>
        <translation>%L1 von %L2 Knoten</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Draw the network in groups (tier and region, or type): click a group to open it, double-click one of its nodes or press Backspace to close it again</source>
        <translation>Das Netzwerk in Gruppen zeichnen (Stufe und Region oder Typ): Klick auf eine Gruppe öffnet sie, Doppelklick auf einen ihrer Knoten oder die Rücktaste schließt sie wieder</translation>
    </message>
    <message>
        <source>%L1 groups and nodes for %L2 nodes</source>
        <translation>%L1 Gruppen und Knoten für %L2 Knoten</translation>
    </message>
    <message>
        <source>Velocity</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Colour the physical chain by days in transit and size it by value per day, mark the min cut of the max-flow with its capacity (financial links hidden)</source>
        <translation>Die physische Kette nach Transittagen färben und nach Wert pro Tag skalieren, den minimalen Schnitt des max. Flusses mit Kapazität markieren (Finanzverbindungen ausgeblendet)</translation>
    </message>
</context>
<context>
    <name>ballast::ui::HeatmapView</name>
    <message>
        <source>Depth at 1% impact</source>
        <translation>Tiefe bei 1 % Preiseinfluss</translation>
    </message>
    <message>
        <source>Depth at 2% impact</source>
        <translation>Tiefe bei 2 % Preiseinfluss</translation>
    </message>
    <message>
        <source>Depth at 5% impact</source>
        <translation>Tiefe bei 5 % Preiseinfluss</translation>
    </message>
    <message>
        <source>Slippage for a sale of…</source>
        <translation>Slippage bei einem Verkauf von…</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source> base ccy</source>
        <translation> Basiswährung</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Sale size (base currency)</source>
        <translation>Verkaufsgröße (Basiswährung)</translation>
    </message>
    <message>
        <source>Price impact %</source>
        <translation>Preiseinfluss %</translation>
    </message>
    <message>
        <source>depth (log)</source>
        <translation>Tiefe (log)</translation>
    </message>
    <message>
        <source>impact %</source>
        <translation>Preiseinfluss %</translation>
    </message>
    <message>
        <source>utilisation %</source>
        <translation>Auslastung %</translation>
    </message>
    <message>
        <source>no pool</source>
        <translation>kein Pool</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2 — price impact of a sale, by size</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; auf %2 — Preiseinfluss eines Verkaufs nach Größe</translation>
    </message>
    <message>
        <source>&lt;b&gt;No liquidity pools yet&lt;/b&gt;&lt;br&gt;The heatmap shows venues × assets once the book has pools (constant-product, concentrated, order book or exponential impact) in its “pools”.</source>
        <translation>&lt;b&gt;Noch keine Liquiditätspools&lt;/b&gt;&lt;br&gt;Die Heatmap zeigt Märkte × Vermögenswerte, sobald das Buch Pools hat (konstantes Produkt, konzentriert, Orderbuch oder exponentieller Preiseinfluss) in seinen „pools“.</translation>
    </message>
    <message>
        <source>Absorption vs collateral at risk</source>
        <translation>Aufnahme vs. gefährdete Sicherheiten</translation>
    </message>
    <message>
        <source>Depth at 2% impact over the collateral that would be sold there: the what-if run&apos;s liquidation sales, or without a run the collateral of loans below HF 1.1, split across venues by depth. Below 1× the venue cannot take it without moving 2%.</source>
        <translation>Tiefe bei 2 % Preiswirkung geteilt durch die Sicherheiten, die dort verkauft würden: die Liquidationsverkäufe des Was-wäre-wenn-Laufs, ohne Lauf die Sicherheiten der Kredite unter HF 1,1, nach Tiefe auf die Handelsplätze verteilt. Unter 1× kann der Handelsplatz sie nicht aufnehmen, ohne sich um 2 % zu bewegen.</translation>
    </message>
    <message>
        <source>Click a cell for its pools&apos; slippage curve and the liquidations it would absorb</source>
        <translation>Eine Zelle anklicken: Slippage-Kurve ihrer Pools und die Liquidationen, die sie aufnehmen müsste</translation>
    </message>
    <message>
        <source>2% depth ÷ the run&apos;s sales</source>
        <translation>2-%-Tiefe ÷ Verkäufe des Laufs</translation>
    </message>
    <message>
        <source>2% depth ÷ collateral at HF &lt; 1.1</source>
        <translation>2-%-Tiefe ÷ Sicherheiten bei HF &lt; 1,1</translation>
    </message>
    <message>
        <source>absorbs %1 at 2%, %2 at risk: %3×</source>
        <translation>nimmt %1 bei 2 % auf, %2 gefährdet: %3×</translation>
    </message>
    <message>
        <source>absorbs %1 at 2%, nothing at risk</source>
        <translation>nimmt %1 bei 2 % auf, nichts gefährdet</translation>
    </message>
    <message>
        <source>sold in the run %1</source>
        <translation>im Lauf verkauft %1</translation>
    </message>
    <message>
        <source>at risk %1</source>
        <translation>gefährdet %1</translation>
    </message>
    <message>
        <source>Click a cell: the run&apos;s liquidation sales into it, round by round</source>
        <translation>Eine Zelle anklicken: die Liquidationsverkäufe des Laufs dorthin, Runde für Runde</translation>
    </message>
    <message>
        <source>Click a cell: the loans near liquidation (HF &lt; 1.1) whose collateral it would have to absorb. Run a scenario in the What-if view to see its cascade&apos;s sales instead.</source>
        <translation>Eine Zelle anklicken: die liquidationsnahen Kredite (HF &lt; 1,1), deren Sicherheiten sie aufnehmen müsste. Ein Szenario in der Was-wäre-wenn-Ansicht ausführen, um stattdessen die Verkäufe seiner Kaskade zu sehen.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>absorbs %1 / %2 / %3 before a 1 / 2 / 5% impact</source>
        <translation>nimmt %1 / %2 / %3 vor 1 / 2 / 5 % Preiswirkung auf</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>Kreditnehmer</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Pushed under next</source>
        <translation>Danach unter Wasser</translation>
    </message>
    <message>
        <source>The loan&apos;s part of the sale: what its liquidation seized, at market value before the sale</source>
        <translation>Anteil des Kredits am Verkauf: was seine Liquidation einzog, zum Marktwert vor dem Verkauf</translation>
    </message>
    <message>
        <source>How far the sale moved the pool&apos;s price</source>
        <translation>Wie weit der Verkauf den Poolpreis bewegte</translation>
    </message>
    <message>
        <source>Loans first liquidated in the next round that liquidated, holding collateral whose price this sale moved</source>
        <translation>Kredite, die in der nächsten Runde mit Liquidationen erstmals liquidiert wurden und Sicherheiten halten, deren Preis dieser Verkauf bewegte</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2. %3&apos;s cascade sold nothing here.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2. Die Kaskade von %3 verkaufte hier nichts.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %2. %3 sold %4 here in %n sale(s) (coverage %5×, worst impact %6); %7 loan(s) went under in the next wave holding what it moved.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2. %3 verkaufte hier %4 in %n Verkauf (Deckung %5×, stärkste Wirkung %6); %7 Kredit(e) gingen in der nächsten Welle unter, mit dem, was er bewegte.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2. %3 verkaufte hier %4 in %n Verkäufen (Deckung %5×, stärkste Wirkung %6); %7 Kredit(e) gingen in der nächsten Welle unter, mit dem, was sie bewegten.</numerusform>
        </translation>
    </message>
    <message>
        <source>HF</source>
        <translation>HF</translation>
    </message>
    <message>
        <source>At risk here</source>
        <translation>Hier gefährdet</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>The loan&apos;s collateral that exits through this asset, at market value, times this venue&apos;s share of the asset&apos;s 2% depth</source>
        <translation>Die Sicherheiten des Kredits, die über diesen Vermögenswert verwertet werden, zum Marktwert, mal dem Anteil dieses Handelsplatzes an der 2-%-Tiefe</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2. No loan near liquidation (HF &amp;lt; 1.1) exits through it.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2. Kein liquidationsnaher Kredit (HF &amp;lt; 1,1) wird hierüber verwertet.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %2; %n loan(s) near liquidation (HF &amp;lt; 1.1) would sell %3 here (coverage %4×).</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2; %n liquidationsnaher Kredit (HF &amp;lt; 1,1) würde hier %3 verkaufen (Deckung %4×).</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2; %n liquidationsnahe Kredite (HF &amp;lt; 1,1) würden hier %3 verkaufen (Deckung %4×).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ballast::ui::IssuesDialog</name>
    <message>
        <source>File error</source>
        <translation>Dateifehler</translation>
    </message>
    <message>
        <source>Malformed file</source>
        <translation>Fehlerhafte Datei</translation>
    </message>
    <message>
        <source>Written by a newer Ballast</source>
        <translation>Von einer neueren Ballast-Version geschrieben</translation>
    </message>
    <message>
        <source>Damaged or foreign file</source>
        <translation>Beschädigte oder fremde Datei</translation>
    </message>
    <message>
        <source>Input too large</source>
        <translation>Eingabe zu groß</translation>
    </message>
    <message>
        <source>Workbook storage error</source>
        <translation>Speicherfehler der Arbeitsmappe</translation>
    </message>
    <message>
        <source>The book has problems</source>
        <translation>Das Buch hat Probleme</translation>
    </message>
    <message>
        <source>… and %1 more
</source>
        <translation>… und %1 weitere
</translation>
    </message>
</context>
<context>
    <name>ballast::ui::KpiStrip</name>
    <message>
        <source>Exposure</source>
        <translation>Exposure</translation>
    </message>
    <message>
        <source>Exit value</source>
        <translation>Veräußerungswert</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>Schulden</translation>
    </message>
    <message>
        <source>Collateral coverage</source>
        <translation>Sicherheitendeckung</translation>
    </message>
    <message>
        <source>Min health factor</source>
        <translation>Minimaler Health Factor</translation>
    </message>
    <message>
        <source>Loans at risk</source>
        <translation>Gefährdete Kredite</translation>
    </message>
    <message>
        <source>VaR 99%</source>
        <translation>VaR 99 %</translation>
    </message>
    <message>
        <source>Oracles &amp; attestations</source>
        <translation>Orakel &amp; Bestätigungen</translation>
    </message>
    <message>
        <source>no book loaded</source>
        <translation>kein Buch geladen</translation>
    </message>
    <message>
        <source>Supply chain</source>
        <translation>Lieferkette</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n Knoten</numerusform>
            <numerusform>%n Knoten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tier(s)</source>
        <translation>
            <numerusform>%n Stufe</numerusform>
            <numerusform>%n Stufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Single-sourced</source>
        <translation>Eine Bezugsquelle</translation>
    </message>
    <message>
        <source>nodes with one supplier</source>
        <translation>Knoten mit einem Lieferanten</translation>
    </message>
    <message>
        <source>Most depended on</source>
        <translation>Am stärksten benötigt</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) downstream</source>
        <translation>
            <numerusform>%n Knoten nachgelagert</numerusform>
            <numerusform>%n Knoten nachgelagert</numerusform>
        </translation>
    </message>
    <message>
        <source>no supply links</source>
        <translation>keine Lieferbeziehungen</translation>
    </message>
    <message>
        <source>Isolated nodes</source>
        <translation>Isolierte Knoten</translation>
    </message>
    <message>
        <source>in no supply or shipment link</source>
        <translation>in keiner Liefer- oder Sendungsbeziehung</translation>
    </message>
    <message>
        <source>Max flow</source>
        <translation>Maximaler Fluss</translation>
    </message>
    <message>
        <source>%1/day</source>
        <translation>%1/Tag</translation>
    </message>
    <message>
        <source>value the chain can carry</source>
        <translation>Wert, den die Kette tragen kann</translation>
    </message>
    <message>
        <source>no shipments with quantities and prices</source>
        <translation>keine Sendungen mit Mengen und Preisen</translation>
    </message>
    <message>
        <source>Bottlenecks</source>
        <translation>Engpässe</translation>
    </message>
    <message>
        <source>inflow above outflow capacity</source>
        <translation>Zufluss über der Abflusskapazität</translation>
    </message>
    <message>
        <source>Market data</source>
        <translation>Marktdaten</translation>
    </message>
    <message>
        <source>none yet: import prices.csv or add assets</source>
        <translation>noch keine: prices.csv importieren oder Vermögenswerte anlegen</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s), no positions</source>
        <translation>
            <numerusform>%n Vermögenswert, keine Positionen</numerusform>
            <numerusform>%n Vermögenswerte, keine Positionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Kredite</translation>
    </message>
    <message>
        <source>none yet: add loans to the workbook</source>
        <translation>noch keine: Kredite in der Arbeitsmappe anlegen</translation>
    </message>
    <message>
        <source>%1 positions at market</source>
        <translation>%1 Positionen zu Marktpreisen</translation>
    </message>
    <message>
        <source>liquidation cost %1 (%2)</source>
        <translation>Liquidationskosten %1 (%2)</translation>
    </message>
    <message>
        <source>risk-adjusted collateral %1</source>
        <translation>risikoadjustierte Sicherheiten %1</translation>
    </message>
    <message>
        <source>no loans yet</source>
        <translation>noch keine Kredite</translation>
    </message>
    <message>
        <source>no debt outstanding</source>
        <translation>keine ausstehende Schuld</translation>
    </message>
    <message>
        <source>collateral at market / debt</source>
        <translation>Sicherheiten zu Markt / Schulden</translation>
    </message>
    <message>
        <source>%1 loans below 1.10</source>
        <translation>%1 Kredite unter 1,10</translation>
    </message>
    <message>
        <source>of %1 loans (HF &lt; 1)</source>
        <translation>von %1 Krediten (HF &lt; 1)</translation>
    </message>
    <message>
        <source>Monte Carlo, %L1 scenarios, with cascades</source>
        <translation>Monte Carlo, %L1 Szenarien, mit Kaskaden</translation>
    </message>
    <message>
        <source>no asset has a volatility</source>
        <translation>kein Vermögenswert hat eine Volatilität</translation>
    </message>
    <message>
        <source>delta-normal, %1 d; run Stress for cascades</source>
        <translation>Delta-Normal, %1 T; Stress für Kaskaden ausführen</translation>
    </message>
    <message>
        <source>stale oracles / overdue attestations</source>
        <translation>veraltete Orakel / überfällige Bestätigungen</translation>
    </message>
    <message>
        <source>%1 at market: no pool trades it</source>
        <translation>%1 zum Marktpreis: kein Pool handelt es</translation>
    </message>
</context>
<context>
    <name>ballast::ui::LoansModel</name>
    <message>
        <source>Loan</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>Kreditnehmer</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Debt asset</source>
        <translation>Schuldwährung</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>Schulden</translation>
    </message>
    <message>
        <source>Collateral (mkt)</source>
        <translation>Sicherheiten (Markt)</translation>
    </message>
    <message>
        <source>Collateral (risk)</source>
        <translation>Sicherheiten (risikoadj.)</translation>
    </message>
    <message>
        <source>Borrowing power</source>
        <translation>Beleihungsrahmen</translation>
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
        <translation>Liq.-Preis</translation>
    </message>
    <message>
        <source>To liquidation</source>
        <translation>Bis zur Liquidation</translation>
    </message>
</context>
<context>
    <name>ballast::ui::LoansView</name>
    <message>
        <source>Filter loans: borrower, venue, asset…</source>
        <translation>Kredite filtern: Kreditnehmer, Plattform, Wert…</translation>
    </message>
    <message>
        <source>&lt;b&gt;No book open&lt;/b&gt;&lt;br&gt;File &gt; Open, or File &gt; Import CSV…</source>
        <translation>&lt;b&gt;Kein Buch geöffnet&lt;/b&gt;&lt;br&gt;Datei &gt; Öffnen oder Datei &gt; CSV importieren…</translation>
    </message>
    <message>
        <source>&lt;b&gt;No loans yet&lt;/b&gt;&lt;br&gt;Loans live in the workbook: a borrower, a lending venue with risk parameters, the debt and the positions pledged as collateral (docs/FORMAT.md, “loans”).</source>
        <translation>&lt;b&gt;Noch keine Kredite&lt;/b&gt;&lt;br&gt;Kredite stehen in der Arbeitsmappe: ein Kreditnehmer, ein Kreditmarkt mit Risikoparametern, die Schuld und die als Sicherheit verpfändeten Positionen (docs/FORMAT.md, „loans“).</translation>
    </message>
    <message>
        <source>No loan matches “%1”.</source>
        <translation>Kein Kredit passt zu „%1“.</translation>
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
        <translation>Feed aus</translation>
    </message>
    <message>
        <source>Could not save; the file on disk is unchanged</source>
        <translation>Speichern fehlgeschlagen; die Datei auf dem Datenträger ist unverändert</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>ALERT %1</source>
        <translation>WARNUNG %1</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Warnungen (%1)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open &amp;demo book</source>
        <translation>&amp;Demobuch öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Import &amp;JSON…</source>
        <translation>&amp;JSON importieren…</translation>
    </message>
    <message>
        <source>Import &amp;CSV…</source>
        <translation>&amp;CSV importieren…</translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation>JSON &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export chart (PNG/PDF)…</source>
        <translation>Diagramm exportieren (PNG/PDF)…</translation>
    </message>
    <message>
        <source>Lender &amp;report (PDF)…</source>
        <translation>&amp;Bericht für Kreditgeber (PDF)…</translation>
    </message>
    <message>
        <source>Lender report</source>
        <translation>Bericht für Kreditgeber</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht geschrieben nach %1</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find positions</source>
        <translation>Positionen &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Restore default layout</source>
        <translation>Standardanordnung wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>The language changes when Ballast starts next.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Ballast.</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>&amp;Live</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>&amp;Analyse</translation>
    </message>
    <message>
        <source>&amp;Run what-if</source>
        <translation>Was-wäre-wenn &amp;ausführen</translation>
    </message>
    <message>
        <source>Run &amp;Monte Carlo</source>
        <translation>&amp;Monte Carlo ausführen</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>Was-wäre-wenn</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Lade %1…</translation>
    </message>
    <message>
        <source>Load failed</source>
        <translation>Laden fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not open %1; nothing was changed</source>
        <translation>%1 konnte nicht geöffnet werden; nichts wurde geändert</translation>
    </message>
    <message>
        <source>Could not open %1 (%2 problem(s))</source>
        <translation>%1 konnte nicht geöffnet werden (%2 Problem(e))</translation>
    </message>
    <message>
        <source>%1[*] — Ballast</source>
        <translation>%1[*] — Ballast</translation>
    </message>
    <message>
        <source>%1  ·  %2 positions · %3 loans · %4 nodes · as of %5</source>
        <translation>%1  ·  %2 Positionen · %3 Kredite · %4 Knoten · Stand %5</translation>
    </message>
    <message>
        <source>Loaded in %1 ms · exposure %2 ms</source>
        <translation>Geladen in %1 ms · Exposure %2 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) while loading</source>
        <translation>
            <numerusform>%n Warnung beim Laden</numerusform>
            <numerusform>%n Warnungen beim Laden</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1 (%2 positions, %3 loans) in %4 ms</source>
        <translation>%1 geöffnet (%2 Positionen, %3 Kredite) in %4 ms</translation>
    </message>
    <message>
        <source>Live · %1 ticks · last recompute %2 ms/tick · %3</source>
        <translation>Live · %1 Ticks · letzte Neuberechnung %2 ms/Tick · %3</translation>
    </message>
    <message>
        <source>Selected %1 — %2 position(s), %3 loan(s)</source>
        <translation>%1 gewählt — %2 Position(en), %3 Kredit(e)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The book has changes that are not saved. Save them first?</source>
        <translation>Das Buch hat ungespeicherte Änderungen. Zuerst speichern?</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Open book</source>
        <translation>Buch öffnen</translation>
    </message>
    <message>
        <source>Ballast books (*.ballast *.json);;All files (*)</source>
        <translation>Ballast-Bücher (*.ballast *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save workbook</source>
        <translation>Arbeitsmappe speichern</translation>
    </message>
    <message>
        <source>Ballast workbook (*.ballast)</source>
        <translation>Ballast-Arbeitsmappe (*.ballast)</translation>
    </message>
    <message>
        <source>Import workbook JSON</source>
        <translation>Arbeitsmappe aus JSON importieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export workbook JSON</source>
        <translation>Arbeitsmappe als JSON exportieren</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG (*.png);;PDF (*.pdf)</source>
        <translation>PNG (*.png);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not export the chart</source>
        <translation>Diagramm konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>%1 — Ballast (presentation: F11 to leave)</source>
        <translation>%1 — Ballast (Präsentation: F11 zum Verlassen)</translation>
    </message>
    <message>
        <source>Discarded the autosave %1</source>
        <translation>Automatische Sicherung %1 verworfen</translation>
    </message>
    <message>
        <source>(no date set)</source>
        <translation>(kein Datum gesetzt)</translation>
    </message>
    <message>
        <source>no visible chart, or the file cannot be written</source>
        <translation>kein sichtbares Diagramm, oder die Datei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Export &amp;tables (Excel)…</source>
        <translation>&amp;Tabellen exportieren (Excel)…</translation>
    </message>
    <message>
        <source>Export tables</source>
        <translation>Tabellen exportieren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Could not export the tables</source>
        <translation>Die Tabellen konnten nicht exportiert werden</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n table(s) to %1</source>
        <translation>
            <numerusform>%n Tabelle nach %1 exportiert</numerusform>
            <numerusform>%n Tabellen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write the report</source>
        <translation>Der Bericht konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>P&amp;resent the story</source>
        <translation>Die Geschichte &amp;vorführen</translation>
    </message>
    <message>
        <source>%1 — Ballast story</source>
        <translation>%1 — Ballast-Geschichte</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Laden abbrechen</translation>
    </message>
    <message>
        <source>Stop reading the book; the book on the desk stays</source>
        <translation>Das Lesen des Buchs beenden; das Buch auf dem Desk bleibt</translation>
    </message>
    <message>
        <source>Loading %1… %2 %</source>
        <translation>Lade %1… %2 %</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>Laden abgebrochen</translation>
    </message>
    <message>
        <source>Stopped loading %1; the desk keeps the book it had</source>
        <translation>Laden von %1 abgebrochen; der Desk behält sein bisheriges Buch</translation>
    </message>
</context>
<context>
    <name>ballast::ui::OracleLagView</name>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Oracle lag</source>
        <translation>Orakel-Verzögerung</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Verspätet</translation>
    </message>
    <message>
        <source>Caused</source>
        <translation>Verursacht</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Zurückgehalten</translation>
    </message>
    <message>
        <source>Rounds its chain&apos;s finality puts between the oracle and the venue</source>
        <translation>Runden, die die Finalität seiner Chain zwischen Orakel und Handelsplatz legt</translation>
    </message>
    <message>
        <source>Rounds its view of the asset differed from the oracle&apos;s own price</source>
        <translation>Runden, in denen seine Sicht auf den Vermögenswert vom Orakelpreis abwich</translation>
    </message>
    <message>
        <source>Its loans liquidated though healthy at the market price</source>
        <translation>Seine Kredite, die trotz gesunder Lage zum Marktpreis liquidiert wurden</translation>
    </message>
    <message>
        <source>Its loans liquidatable at the market price that the venue did not see yet</source>
        <translation>Seine zum Marktpreis liquidierbaren Kredite, die der Handelsplatz noch nicht sah</translation>
    </message>
    <message>
        <source>&lt;b&gt;When did each venue see the price?&lt;/b&gt;&lt;br&gt;Run a scenario in the What-if view (Ctrl+R): the market, the oracle and every lending venue&apos;s view appear here round by round, with the liquidations the oracle&apos;s lag caused or held back.</source>
        <translation>&lt;b&gt;Wann sah jeder Handelsplatz den Preis?&lt;/b&gt;&lt;br&gt;Führen Sie im Was-wäre-wenn-Fenster ein Szenario aus (Strg+R): Markt, Orakel und die Sicht jedes Kreditplatzes erscheinen hier Runde für Runde, mit den Liquidationen, die die Orakel-Verzögerung verursachte oder zurückhielt.</translation>
    </message>
    <message>
        <source>No scenario run yet</source>
        <translation>Noch kein Szenario gerechnet</translation>
    </message>
    <message>
        <source>&lt;b&gt;No lending venues&lt;/b&gt;&lt;br&gt;Oracles matter where loans are liquidated: this book has no lending venue whose oracle could trail the market.</source>
        <translation>&lt;b&gt;Keine Kreditplätze&lt;/b&gt;&lt;br&gt;Orakel zählen dort, wo Kredite liquidiert werden: Dieses Buch hat keinen Kreditplatz, dessen Orakel dem Markt nachlaufen könnte.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No price moved&lt;/b&gt;&lt;br&gt;This scenario moves no market or oracle price, so no venue saw one late.</source>
        <translation>&lt;b&gt;Kein Preis bewegt&lt;/b&gt;&lt;br&gt;Dieses Szenario bewegt weder Markt- noch Orakelpreise, also sah kein Handelsplatz einen verspätet.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 lending venues saw %4 late; the lag caused %5 liquidation(s) and held back %6 loan(s) (every asset).</source>
        <translation>%1: %2 von %3 Kreditplätzen sahen %4 verspätet; die Verzögerung verursachte %5 Liquidation(en) und hielt %6 Kredit(e) zurück (alle Vermögenswerte).</translation>
    </message>
</context>
<context>
    <name>ballast::ui::PositionsModel</name>
    <message>
        <source>in warehouse</source>
        <translation>im Lager</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>angekommen</translation>
    </message>
    <message>
        <source>at sea, ETA %1</source>
        <translation>auf See, ETA %1</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>gebucht</translation>
    </message>
    <message>
        <source>%1 h%2</source>
        <translation>%1 h%2</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (überfällig)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Token / asset</source>
        <translation>Token / Wert</translation>
    </message>
    <message>
        <source>Underlying</source>
        <translation>Basiswert</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Sendung</translation>
    </message>
    <message>
        <source>Attested</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Market px</source>
        <translation>Marktpreis</translation>
    </message>
    <message>
        <source>Oracle px</source>
        <translation>Orakelpreis</translation>
    </message>
    <message>
        <source>Market value</source>
        <translation>Marktwert</translation>
    </message>
    <message>
        <source>Haircut</source>
        <translation>Abschlag</translation>
    </message>
    <message>
        <source>Collateral value</source>
        <translation>Sicherheitenwert</translation>
    </message>
    <message>
        <source>Exit value</source>
        <translation>Veräußerungswert</translation>
    </message>
    <message>
        <source>Liq. cost</source>
        <translation>Liq.-Kosten</translation>
    </message>
    <message>
        <source>Pledged to</source>
        <translation>Verpfändet an</translation>
    </message>
    <message>
        <source>HF</source>
        <translation>HF</translation>
    </message>
    <message>
        <source>Liq. price</source>
        <translation>Liq.-Preis</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>No pool trades %1: the exit value is its market value</source>
        <translation>Kein Pool handelt %1: der Exit-Wert ist sein Marktwert</translation>
    </message>
</context>
<context>
    <name>ballast::ui::PositionsView</name>
    <message>
        <source>Filter positions: token, owner, venue, loan… (Ctrl+F)</source>
        <translation>Positionen filtern: Token, Eigentümer, Plattform, Kredit… (Strg+F)</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>Keine Gruppierung</translation>
    </message>
    <message>
        <source>Group by owner</source>
        <translation>Nach Eigentümer gruppieren</translation>
    </message>
    <message>
        <source>Group by venue</source>
        <translation>Nach Plattform gruppieren</translation>
    </message>
    <message>
        <source>Group by asset</source>
        <translation>Nach Wert gruppieren</translation>
    </message>
    <message>
        <source>Group by pledge</source>
        <translation>Nach Verpfändung gruppieren</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>&lt;b&gt;No book open&lt;/b&gt;&lt;br&gt;File &gt; Open, or File &gt; Import CSV…</source>
        <translation>&lt;b&gt;Kein Buch geöffnet&lt;/b&gt;&lt;br&gt;Datei &gt; Öffnen oder Datei &gt; CSV importieren…</translation>
    </message>
    <message>
        <source>&lt;b&gt;No market data yet&lt;/b&gt;&lt;br&gt;This book has no assets or positions. File &gt; Import CSV… with a positions.csv (id,owner,asset,quantity) and a prices.csv, or add assets and positions to the workbook.</source>
        <translation>&lt;b&gt;Noch keine Marktdaten&lt;/b&gt;&lt;br&gt;Dieses Buch hat keine Vermögenswerte oder Positionen. Datei &gt; CSV importieren… mit einer positions.csv (id,owner,asset,quantity) und einer prices.csv, oder Vermögenswerte und Positionen in der Arbeitsmappe anlegen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No positions yet&lt;/b&gt;&lt;br&gt;File &gt; Import CSV… with a positions.csv (id,owner,asset,quantity,venue,pledgedTo), or add them to the workbook.</source>
        <translation>&lt;b&gt;Noch keine Positionen&lt;/b&gt;&lt;br&gt;Datei &gt; CSV importieren… mit einer positions.csv (id,owner,asset,quantity,venue,pledgedTo), oder sie in der Arbeitsmappe anlegen.</translation>
    </message>
    <message>
        <source>No position matches “%1”.</source>
        <translation>Keine Position passt zu „%1“.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message numerus="yes">
        <source>%n position(s)</source>
        <translation>
            <numerusform>%n Position</numerusform>
            <numerusform>%n Positionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Export positions</source>
        <translation>Positionen exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported %1 positions to %2</source>
        <translation>%1 Positionen nach %2 exportiert</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Nicht geändert</translation>
    </message>
    <message>
        <source>quantity of %1: %2 → %3</source>
        <translation>Menge von %1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>ballast::ui::RecoveryDialog</name>
    <message>
        <source>Recover unsaved work?</source>
        <translation>Ungespeicherte Arbeit wiederherstellen?</translation>
    </message>
    <message>
        <source>Ballast did not close cleanly. An autosave from %1 exists.
Open it now? (Your saved files are untouched either way.)</source>
        <translation>Ballast wurde nicht sauber beendet. Es gibt eine automatische Sicherung vom %1.
Jetzt öffnen? (Ihre gespeicherten Dateien bleiben in jedem Fall unverändert.)</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Ask next time</source>
        <translation>Beim nächsten Start fragen</translation>
    </message>
</context>
<context>
    <name>ballast::ui::SimulatedFeed</name>
    <message>
        <source>Simulated market · %1 Hz</source>
        <translation>Simulierter Markt · %1 Hz</translation>
    </message>
    <message>
        <source>Feed stopped</source>
        <translation>Feed gestoppt</translation>
    </message>
    <message>
        <source>Simulated market</source>
        <translation>Simulierter Markt</translation>
    </message>
</context>
<context>
    <name>ballast::ui::StoryView</name>
    <message>
        <source>after %1</source>
        <translation>nach %1</translation>
    </message>
    <message>
        <source>round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>liquidations</source>
        <translation>Liquidationen</translation>
    </message>
    <message>
        <source>debt repaid</source>
        <translation>getilgte Schuld</translation>
    </message>
    <message>
        <source>bad debt</source>
        <translation>uneinbringliche Schuld</translation>
    </message>
    <message>
        <source>%1 / %2   ·   Space or → next, ← back, Esc leaves</source>
        <translation>%1 / %2   ·   Leertaste oder → weiter, ← zurück, Esc beendet</translation>
    </message>
    <message>
        <source>No book is open</source>
        <translation>Kein Buch ist geöffnet</translation>
    </message>
    <message>
        <source>The scenario could not run: %1</source>
        <translation>Das Szenario konnte nicht laufen: %1</translation>
    </message>
    <message>
        <source>No scenario to tell</source>
        <translation>Kein Szenario zu erzählen</translation>
    </message>
    <message>
        <source>Running the scenario…</source>
        <translation>Das Szenario läuft…</translation>
    </message>
    <message>
        <source>The cascade is computed on a worker; the story goes on when it is done.</source>
        <translation>Die Kaskade wird im Hintergrund berechnet; die Geschichte geht weiter, sobald sie fertig ist.</translation>
    </message>
    <message>
        <source>%1 counterparties along a supply chain, %2 loans on %3 venues: what the book is worth and what it owes.</source>
        <translation>%1 Gegenparteien entlang einer Lieferkette, %2 Kredite auf %3 Plattformen: was das Buch wert ist und was es schuldet.</translation>
    </message>
    <message>
        <source>exposure</source>
        <translation>Exposure</translation>
    </message>
    <message>
        <source>debt</source>
        <translation>Schulden</translation>
    </message>
    <message>
        <source>no debt</source>
        <translation>keine Schuld</translation>
    </message>
    <message>
        <source>collateral coverage</source>
        <translation>Sicherheitendeckung</translation>
    </message>
    <message>
        <source>lowest health factor</source>
        <translation>niedrigster Health-Faktor</translation>
    </message>
    <message>
        <source>Where the collateral sits</source>
        <translation>Wo die Sicherheiten liegen</translation>
    </message>
    <message>
        <source>No loans: nothing is pledged.</source>
        <translation>Keine Kredite: nichts ist verpfändet.</translation>
    </message>
    <message>
        <source>%1 of risk-adjusted collateral at %2 venues; the largest, %3, holds %4.</source>
        <translation>%1 risikoadjustierte Sicherheiten auf %2 Plattformen; die größte, %3, hält %4.</translation>
    </message>
    <message>
        <source>collateral (risk-adjusted)</source>
        <translation>Sicherheiten (risikoadjustiert)</translation>
    </message>
    <message>
        <source>exit value</source>
        <translation>Exit-Wert</translation>
    </message>
    <message>
        <source>loans at risk</source>
        <translation>gefährdete Kredite</translation>
    </message>
    <message>
        <source>Collateral and debt by venue</source>
        <translation>Sicherheiten und Schulden je Plattform</translation>
    </message>
    <message>
        <source>collateral (risk-adj.)</source>
        <translation>Sicherheiten (risikoadj.)</translation>
    </message>
    <message>
        <source>The shock: %1</source>
        <translation>Der Schock: %1</translation>
    </message>
    <message>
        <source>The cascade, round by round</source>
        <translation>Die Kaskade, Runde für Runde</translation>
    </message>
    <message>
        <source>Liquidations sell collateral, prices fall, the next loans go under: %1 liquidations over %2 rounds.</source>
        <translation>Liquidationen verkaufen Sicherheiten, Preise fallen, die nächsten Kredite kippen: %1 Liquidationen in %2 Runden.</translation>
    </message>
    <message>
        <source>The loss: %1</source>
        <translation>Der Verlust: %1</translation>
    </message>
    <message>
        <source>Where it comes from, channel by channel; bad debt %1.</source>
        <translation>Woher er kommt, Kanal für Kanal; uneinbringliche Schuld %1.</translation>
    </message>
    <message>
        <source>total loss</source>
        <translation>Gesamtverlust</translation>
    </message>
    <message>
        <source>defaults</source>
        <translation>Ausfälle</translation>
    </message>
    <message>
        <source>With and without circuit breakers</source>
        <translation>Mit und ohne Schutzschalter</translation>
    </message>
    <message>
        <source>Without breakers the loss is %1 instead of %2, bad debt %3 instead of %4.</source>
        <translation>Ohne Schutzschalter beträgt der Verlust %1 statt %2, die uneinbringliche Schuld %3 statt %4.</translation>
    </message>
    <message>
        <source>loss, breakers on</source>
        <translation>Verlust, Schutzschalter an</translation>
    </message>
    <message>
        <source>loss, breakers off</source>
        <translation>Verlust, Schutzschalter aus</translation>
    </message>
    <message>
        <source>liquidations, on</source>
        <translation>Liquidationen, an</translation>
    </message>
    <message>
        <source>liquidations, off</source>
        <translation>Liquidationen, aus</translation>
    </message>
    <message>
        <source>The book holds no hedges: every loss is taken in full.</source>
        <translation>Das Buch hält keine Absicherungen: jeder Verlust wird voll getragen.</translation>
    </message>
    <message>
        <source>loss before hedges</source>
        <translation>Verlust vor Absicherungen</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>•  %1: haircut %2 (today %3), max LTV %4</source>
        <translation>•  %1: Abschlag %2 (heute %3), max. LTV %4</translation>
    </message>
    <message numerus="yes">
        <source>%n collateral asset(s) are under-margined for the liquidation horizon: raise their haircuts.</source>
        <translation>
            <numerusform>%n Sicherheiten-Asset ist für den Liquidationshorizont zu knapp besichert: Abschlag erhöhen.</numerusform>
            <numerusform>%n Sicherheiten-Assets sind für den Liquidationshorizont zu knapp besichert: Abschläge erhöhen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every pledged asset&apos;s haircut covers its volatility and slippage over the liquidation horizon.</source>
        <translation>Der Abschlag jedes verpfändeten Assets deckt seine Volatilität und Slippage über den Liquidationshorizont.</translation>
    </message>
    <message>
        <source>under-margined assets</source>
        <translation>zu knapp besicherte Assets</translation>
    </message>
    <message>
        <source>bad debt in the scenario</source>
        <translation>uneinbringliche Schuld im Szenario</translation>
    </message>
    <message>
        <source>the book has nothing to shock</source>
        <translation>das Buch hat nichts, das sich schocken ließe</translation>
    </message>
    <message>
        <source>no scenario &apos;%1&apos; in the book</source>
        <translation>kein Szenario „%1“ im Buch</translation>
    </message>
    <message>
        <source>What the hedges earned</source>
        <translation>Was die Absicherungen einbrachten</translation>
    </message>
    <message>
        <source>%1 hedges gained %2 in value against a loss of %3.</source>
        <translation>%1 Absicherungen gewannen %2 an Wert gegen einen Verlust von %3.</translation>
    </message>
    <message>
        <source>gained by hedges</source>
        <translation>Gewinn der Absicherungen</translation>
    </message>
    <message>
        <source>Change in value by hedge</source>
        <translation>Wertänderung je Absicherung</translation>
    </message>
    <message>
        <source>Where the chain jams</source>
        <translation>Wo die Kette staut</translation>
    </message>
    <message>
        <source>Every stage passes on what it takes in: %1 a day reaches the end of the chain.</source>
        <translation>Jede Stufe gibt weiter, was sie aufnimmt: %1 pro Tag erreichen das Ende der Kette.</translation>
    </message>
    <message>
        <source>No physical flow to follow: the book has no shipments or supply links with quantities.</source>
        <translation>Kein physischer Fluss zu verfolgen: Das Buch hat keine Lieferungen oder Lieferbeziehungen mit Mengen.</translation>
    </message>
    <message>
        <source>max flow per day</source>
        <translation>maximaler Fluss pro Tag</translation>
    </message>
    <message>
        <source>%1 takes in %2 a day and can pass on %3: %4 of pledged goods wait behind it. Links by days in transit, the min cut in magenta.</source>
        <translation>%1 nimmt %2 pro Tag auf und kann %3 weitergeben: %4 verpfändeter Waren warten dahinter. Links nach Transittagen, der minimale Schnitt in Magenta.</translation>
    </message>
    <message>
        <source>piling up per day</source>
        <translation>Stau pro Tag</translation>
    </message>
    <message>
        <source>pledged goods waiting</source>
        <translation>wartende verpfändete Waren</translation>
    </message>
    <message>
        <source>loans behind it</source>
        <translation>Kredite dahinter</translation>
    </message>
    <message>
        <source>Inflow against outflow capacity per day</source>
        <translation>Zufluss gegen Abflusskapazität pro Tag</translation>
    </message>
    <message>
        <source>inflow</source>
        <translation>Zufluss</translation>
    </message>
    <message>
        <source>outflow capacity</source>
        <translation>Abflusskapazität</translation>
    </message>
    <message>
        <source>Where the forced selling went</source>
        <translation>Wohin die Zwangsverkäufe gingen</translation>
    </message>
    <message>
        <source>The liquidators sold nothing: no loan went under.</source>
        <translation>Die Liquidatoren verkauften nichts: Kein Kredit ging unter.</translation>
    </message>
    <message>
        <source>%1 took %2 of %3 against %4 it absorbs before a 2% fall: its price fell %5.</source>
        <translation>%1 nahm %2 %3 auf, gegenüber %4, die es vor einem Fall um 2% absorbiert: Sein Preis fiel um %5.</translation>
    </message>
    <message>
        <source>collateral sold</source>
        <translation>verkaufte Sicherheiten</translation>
    </message>
    <message>
        <source>worst coverage</source>
        <translation>schlechteste Deckung</translation>
    </message>
    <message>
        <source>its price impact</source>
        <translation>sein Preiseinfluss</translation>
    </message>
    <message>
        <source>loans pushed under next</source>
        <translation>danach untergegangene Kredite</translation>
    </message>
    <message>
        <source>Sold by the liquidators against what each venue absorbs at 2%</source>
        <translation>Von den Liquidatoren verkauft, gegenüber dem, was jede Plattform bei 2% absorbiert</translation>
    </message>
    <message>
        <source>sold</source>
        <translation>verkauft</translation>
    </message>
    <message>
        <source>absorbs at 2%</source>
        <translation>absorbiert bei 2%</translation>
    </message>
    <message>
        <source>Across chains</source>
        <translation>Über Chains hinweg</translation>
    </message>
    <message>
        <source>No venue of this book is on a chain: every venue sees prices at once and nothing waits for a bridge.</source>
        <translation>Keine Plattform dieses Buchs ist auf einer Chain: Jede Plattform sieht Preise sofort, und nichts wartet auf eine Bridge.</translation>
    </message>
    <message>
        <source>venues saw prices late</source>
        <translation>Plattformen sahen Preise zu spät</translation>
    </message>
    <message>
        <source>liquidations the lag caused</source>
        <translation>durch die Verzögerung verursachte Liquidationen</translation>
    </message>
    <message>
        <source>held back by the lag</source>
        <translation>durch die Verzögerung zurückgehalten</translation>
    </message>
    <message>
        <source>sent across bridges</source>
        <translation>über Bridges geschickt</translation>
    </message>
    <message>
        <source>Oracle lag per lending venue, in cascade rounds</source>
        <translation>Oracle-Verzögerung je Kreditplattform, in Kaskadenrunden</translation>
    </message>
    <message>
        <source>Who fails first</source>
        <translation>Wer zuerst scheitert</translation>
    </message>
    <message>
        <source>No borrower to follow: the book has no loans.</source>
        <translation>Kein Kreditnehmer zu verfolgen: Das Buch hat keine Kredite.</translation>
    </message>
    <message>
        <source>Each borrower by the days its cash lasts against the inflows the scenario cuts, and the weakest health factor it reaches; the line is the time to recover (%1 days).</source>
        <translation>Jeder Kreditnehmer nach den Tagen, die seine Liquidität gegen die vom Szenario gekappten Zuflüsse reicht, und dem schwächsten Health Factor, den er erreicht; die Linie ist die Erholungszeit (%1 Tage).</translation>
    </message>
    <message>
        <source>safe</source>
        <translation>sicher</translation>
    </message>
    <message>
        <source>fail physically first</source>
        <translation>scheitern zuerst physisch</translation>
    </message>
    <message>
        <source>fail financially first</source>
        <translation>scheitern zuerst finanziell</translation>
    </message>
    <message>
        <source>fail both ways</source>
        <translation>scheitern auf beide Arten</translation>
    </message>
    <message>
        <source>1 round</source>
        <translation>1 Runde</translation>
    </message>
    <message>
        <source>%1 rounds</source>
        <translation>%1 Runden</translation>
    </message>
    <message>
        <source>No seized collateral had to cross a bridge.</source>
        <translation>Keine beschlagnahmte Sicherheit musste eine Bridge überqueren.</translation>
    </message>
    <message>
        <source>%1 of seized collateral was sold on another chain, more than the bridges carry: %2 still waiting at the end.</source>
        <translation>%1 beschlagnahmter Sicherheiten wurden auf einer anderen Chain verkauft, mehr als die Bridges tragen: %2 warten am Ende noch.</translation>
    </message>
    <message>
        <source>%1 of seized collateral was sold on another chain, within the bridges&apos; capacity.</source>
        <translation>%1 beschlagnahmter Sicherheiten wurden auf einer anderen Chain verkauft, innerhalb der Kapazität der Bridges.</translation>
    </message>
    <message>
        <source>Bridged, it reaches its pool only %1 after the seizure.</source>
        <translation>Über die Bridge erreicht sie ihren Pool erst %1 nach der Beschlagnahme.</translation>
    </message>
    <message>
        <source>Finality decides when a venue sees the price: %1 saw it %2 late (%3 before the scenario). %4</source>
        <translation>Die Finalität entscheidet, wann eine Plattform den Preis sieht: %1 sah ihn %2 zu spät (%3 vor dem Szenario). %4</translation>
    </message>
    <message>
        <source>Finality decides when a venue sees the price: %1 saw it %2 late. %3</source>
        <translation>Die Finalität entscheidet, wann eine Plattform den Preis sieht: %1 sah ihn %2 zu spät. %3</translation>
    </message>
    <message>
        <source>The scenario cuts no inflow, so no borrower runs out of cash: what separates them is the weakest health factor their loans reach in the cascade.</source>
        <translation>Das Szenario kappt keinen Zufluss, also geht keinem Kreditnehmer die Liquidität aus: Was sie unterscheidet, ist der schwächste Health Factor, den ihre Kredite in der Kaskade erreichen.</translation>
    </message>
</context>
<context>
    <name>ballast::ui::StressView</name>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation>Normalverteilt</translation>
    </message>
    <message>
        <source>Student-t degrees of freedom for fat tails (0 = Gaussian)</source>
        <translation>Freiheitsgrade der Student-t-Verteilung für fette Ränder (0 = normalverteilt)</translation>
    </message>
    <message>
        <source> / year</source>
        <translation> / Jahr</translation>
    </message>
    <message>
        <source>Crash jumps per year per crypto asset (mean −15%)</source>
        <translation>Crash-Sprünge pro Jahr je Krypto-Wert (Mittel −15 %)</translation>
    </message>
    <message>
        <source>Correlation from price history</source>
        <translation>Korrelation aus der Preishistorie</translation>
    </message>
    <message>
        <source>Circuit breakers on</source>
        <translation>Schutzschalter aktiv</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizont</translation>
    </message>
    <message>
        <source>Fat tails</source>
        <translation>Fette Ränder</translation>
    </message>
    <message>
        <source>Jumps</source>
        <translation>Sprünge</translation>
    </message>
    <message>
        <source>Run Monte Carlo</source>
        <translation>Monte Carlo ausführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Correlated shocks to every priced asset, a full cascade per scenario.</source>
        <translation>Korrelierte Schocks auf jeden bepreisten Wert, eine vollständige Kaskade je Szenario.</translation>
    </message>
    <message>
        <source>Running %L1 scenarios on worker threads…</source>
        <translation>Berechne %L1 Szenarien in Hintergrund-Threads…</translation>
    </message>
    <message>
        <source>%L1 scenarios in %2 s (%L3 per second, %4 threads); %5 correlation eigenvalue(s) repaired.</source>
        <translation>%L1 Szenarien in %2 s (%L3 pro Sekunde, %4 Threads); %5 Eigenwert(e) der Korrelation korrigiert.</translation>
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
        <translation>Liq. gefährdet %1</translation>
    </message>
    <message>
        <source>Bad debt %1</source>
        <translation>Uneinbringlich %1</translation>
    </message>
    <message>
        <source>Mean loss</source>
        <translation>Mittlerer Verlust</translation>
    </message>
    <message>
        <source>Max loss</source>
        <translation>Maximaler Verlust</translation>
    </message>
    <message>
        <source>Mean bad debt</source>
        <translation>Mittlere uneinbringliche Schulden</translation>
    </message>
    <message>
        <source>Risk factors</source>
        <translation>Risikofaktoren</translation>
    </message>
    <message>
        <source>&lt;b&gt;No book open&lt;/b&gt;&lt;br&gt;File &gt; Open, or File &gt; Import CSV…</source>
        <translation>&lt;b&gt;Kein Buch geöffnet&lt;/b&gt;&lt;br&gt;Datei &gt; Öffnen oder Datei &gt; CSV importieren…</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>Der Lauf ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;No market data yet&lt;/b&gt;&lt;br&gt;Monte Carlo shocks the prices of the book&apos;s assets, and this book has none.&lt;br&gt;Add assets with a price and a volatility to the workbook, or File &gt; Import CSV… with a prices.csv.</source>
        <translation>&lt;b&gt;Noch keine Marktdaten&lt;/b&gt;&lt;br&gt;Monte Carlo schockt die Preise der Vermögenswerte des Buchs, und dieses Buch hat keine.&lt;br&gt;Legen Sie Vermögenswerte mit Preis und Volatilität in der Arbeitsmappe an oder importieren Sie eine prices.csv (Datei &gt; CSV importieren…).</translation>
    </message>
    <message>
        <source>&lt;b&gt;No asset has a volatility&lt;/b&gt;&lt;br&gt;Monte Carlo needs at least one risk factor: an asset (not a token) with an annualised &lt;i&gt;volatility&lt;/i&gt; in the workbook.</source>
        <translation>&lt;b&gt;Kein Vermögenswert hat eine Volatilität&lt;/b&gt;&lt;br&gt;Monte Carlo braucht mindestens einen Risikofaktor: einen Vermögenswert (kein Token) mit einer annualisierten &lt;i&gt;volatility&lt;/i&gt; in der Arbeitsmappe.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No run yet&lt;/b&gt;&lt;br&gt;Choose the number of scenarios and press Run Monte Carlo (Ctrl+Shift+R).</source>
        <translation>&lt;b&gt;Noch kein Lauf&lt;/b&gt;&lt;br&gt;Wählen Sie die Zahl der Szenarien und drücken Sie Monte Carlo starten (Strg+Umschalt+R).</translation>
    </message>
    <message>
        <source>Monte Carlo: %L1 scenarios, VaR99 %2, ES99 %3 (%4 s)</source>
        <translation>Monte Carlo: %L1 Szenarien, VaR99 %2, ES99 %3 (%4 s)</translation>
    </message>
    <message>
        <source>This machine</source>
        <translation>Dieser Rechner</translation>
    </message>
    <message>
        <source>A launcher (MPI)</source>
        <translation>Ein Launcher (MPI)</translation>
    </message>
    <message>
        <source>The command that starts ballast-mpi on the ranks; the run&apos;s arguments follow it (docs/SCALE.md). Kept for the next session.</source>
        <translation>Der Befehl, der ballast-mpi auf den Ranks startet; die Argumente des Laufs folgen ihm (docs/SCALE.md). Bleibt für die nächste Sitzung gespeichert.</translation>
    </message>
    <message>
        <source>Run on</source>
        <translation>Ausführen auf</translation>
    </message>
    <message>
        <source>Launcher</source>
        <translation>Launcher</translation>
    </message>
    <message>
        <source>On %1 MPI rank(s): %L2 of %L3 scenarios, %L4 per second, about %5 s left</source>
        <translation>Auf %1 MPI-Rank(s): %L2 von %L3 Szenarien, %L4 pro Sekunde, noch etwa %5 s</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>Starte %1…</translation>
    </message>
    <message>
        <source>Set the launcher command first (e.g. mpirun -np 8 --hostfile hosts).</source>
        <translation>Legen Sie zuerst den Launcher-Befehl fest (z. B. mpirun -np 8 --hostfile hosts).</translation>
    </message>
    <message>
        <source>ballast-mpi is not installed next to ballast (%1): build Ballast with MPI, see docs/SCALE.md.</source>
        <translation>ballast-mpi ist nicht neben ballast installiert (%1): Ballast mit MPI bauen, siehe docs/SCALE.md.</translation>
    </message>
    <message>
        <source>Writing the book for the launcher…</source>
        <translation>Schreibe das Buch für den Launcher…</translation>
    </message>
    <message>
        <source>The launcher did not start: %1</source>
        <translation>Der Launcher startete nicht: %1</translation>
    </message>
    <message>
        <source>The launcher ended with status %1, no result: %2</source>
        <translation>Der Launcher endete mit Status %1, kein Ergebnis: %2</translation>
    </message>
    <message>
        <source>The launcher&apos;s output is not a stress result (%1).</source>
        <translation>Die Ausgabe des Launchers ist kein Stress-Ergebnis (%1).</translation>
    </message>
    <message>
        <source>Run by the launcher on 1 rank.</source>
        <translation>Vom Launcher auf 1 Rank ausgeführt.</translation>
    </message>
    <message>
        <source>Run by the launcher on %1 ranks.</source>
        <translation>Vom Launcher auf %1 Ranks ausgeführt.</translation>
    </message>
    <message>
        <source>Monte Carlo on %1 MPI rank(s): %L2 scenarios, VaR99 %3, ES99 %4 (%5 s)</source>
        <translation>Monte Carlo auf %1 MPI-Rank(s): %L2 Szenarien, VaR99 %3, ES99 %4 (%5 s)</translation>
    </message>
</context>
<context>
    <name>ballast::ui::SurvivalView</name>
    <message>
        <source>safe</source>
        <translation>sicher</translation>
    </message>
    <message>
        <source>fails physically first</source>
        <translation>scheitert zuerst physisch</translation>
    </message>
    <message>
        <source>fails financially first</source>
        <translation>scheitert zuerst finanziell</translation>
    </message>
    <message>
        <source>fails both ways</source>
        <translation>scheitert auf beide Arten</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>Time to survive × health factor</source>
        <translation>Überlebenszeit × Health Factor</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>Kreditnehmer</translation>
    </message>
    <message>
        <source>Survives</source>
        <translation>Überlebt</translation>
    </message>
    <message>
        <source>Recovers in</source>
        <translation>Erholt in</translation>
    </message>
    <message>
        <source>Weakest HF</source>
        <translation>Schwächster HF</translation>
    </message>
    <message>
        <source>HF after</source>
        <translation>HF danach</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Kredite</translation>
    </message>
    <message>
        <source>Liq.</source>
        <translation>Liq.</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Loans liquidated in the cascade</source>
        <translation>In der Kaskade liquidierte Kredite</translation>
    </message>
    <message>
        <source>Days its cash lasts against the inflows the scenario cuts (∞: none cut, or no cash and daily costs given)</source>
        <translation>Tage, die seine Liquidität gegen die vom Szenario gekappten Zuflüsse reicht (∞: keine gekappt, oder weder Kasse noch Tageskosten angegeben)</translation>
    </message>
    <message>
        <source>Days until its own inflows come back</source>
        <translation>Tage, bis seine eigenen Zuflüsse zurückkehren</translation>
    </message>
    <message>
        <source>The lowest health factor any of its loans had in the cascade</source>
        <translation>Der niedrigste Health Factor seiner Kredite in der Kaskade</translation>
    </message>
    <message>
        <source>%1
survives %2 (its inflows back in %3)
weakest HF %4, %5 of %6 loan(s) liquidated
%7</source>
        <translation>%1
überlebt %2 (Zuflüsse zurück in %3)
schwächster HF %4, %5 von %6 Kredit(en) liquidiert
%7</translation>
    </message>
    <message>
        <source>&lt;b&gt;Who fails first, and how?&lt;/b&gt;&lt;br&gt;Run a scenario in the What-if view (Ctrl+R): every borrower appears here by the days its cash lasts against the inflows the scenario cuts and the weakest health factor its loans reach in the cascade.</source>
        <translation>&lt;b&gt;Wer scheitert zuerst, und wie?&lt;/b&gt;&lt;br&gt;Führen Sie im Was-wäre-wenn-Fenster ein Szenario aus (Strg+R): Jeder Kreditnehmer erscheint hier nach den Tagen, die seine Liquidität gegen die gekappten Zuflüsse reicht, und dem schwächsten Health Factor seiner Kredite in der Kaskade.</translation>
    </message>
    <message>
        <source>No scenario run yet</source>
        <translation>Noch kein Szenario gerechnet</translation>
    </message>
    <message>
        <source>&lt;b&gt;No borrowers&lt;/b&gt;&lt;br&gt;Nobody in this book owes a loan, so no one can fail financially; the what-if view lists the nodes the scenario cuts off.</source>
        <translation>&lt;b&gt;Keine Kreditnehmer&lt;/b&gt;&lt;br&gt;In diesem Buch schuldet niemand einen Kredit, also kann niemand finanziell scheitern; das Was-wäre-wenn-Fenster listet die Knoten, die das Szenario abschneidet.</translation>
    </message>
    <message>
        <source>%1: inflows come back within %2 at the latest.</source>
        <translation>%1: Zuflüsse kehren spätestens nach %2 zurück.</translation>
    </message>
    <message>
        <source>%1 cuts no inflows: no borrower can fail physically.</source>
        <translation>%1 kappt keine Zuflüsse: kein Kreditnehmer kann physisch scheitern.</translation>
    </message>
    <message>
        <source>%1 borrowers: %2 fail physically first, %3 financially first, %4 both ways, %5 safe.</source>
        <translation>%1 Kreditnehmer: %2 scheitern zuerst physisch, %3 zuerst finanziell, %4 auf beide Arten, %5 sicher.</translation>
    </message>
</context>
<context>
    <name>ballast::ui::WebSocketFeed</name>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Feed connected: %1</source>
        <translation>Feed verbunden: %1</translation>
    </message>
    <message>
        <source>Disconnected — retrying in %1 s</source>
        <translation>Getrennt — neuer Versuch in %1 s</translation>
    </message>
    <message>
        <source>Feed disconnected (%1); reconnecting in %2 s</source>
        <translation>Feed getrennt (%1); neue Verbindung in %2 s</translation>
    </message>
    <message>
        <source>Feed sent a binary frame; only JSON text messages are read</source>
        <translation>Der Feed sandte einen Binärframe; nur JSON-Textnachrichten werden gelesen</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Feed stopped</source>
        <translation>Feed gestoppt</translation>
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
        <translation>&lt;b&gt;Szenariobibliothek&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Scenario name</source>
        <translation>Name des Szenarios</translation>
    </message>
    <message>
        <source>Shock</source>
        <translation>Schock</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Add shock</source>
        <translation>Schock hinzufügen</translation>
    </message>
    <message>
        <source>Save to book</source>
        <translation>Im Buch speichern</translation>
    </message>
    <message>
        <source>Add this scenario to the book&apos;s library (undoable)</source>
        <translation>Dieses Szenario zur Bibliothek des Buchs hinzufügen (rückgängig machbar)</translation>
    </message>
    <message>
        <source>Circuit breakers on</source>
        <translation>Schutzschalter aktiv</translation>
    </message>
    <message>
        <source>Also run without breakers (compare)</source>
        <translation>Auch ohne Schutzschalter rechnen (Vergleich)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Run the scenario (Ctrl+R)</source>
        <translation>Szenario ausführen (Strg+R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Pin as B</source>
        <translation>Als B merken</translation>
    </message>
    <message>
        <source>Keep this result to compare the next run against</source>
        <translation>Dieses Ergebnis behalten, um den nächsten Lauf damit zu vergleichen</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Summary &amp;&amp; attribution</source>
        <translation>Übersicht &amp;&amp; Zerlegung</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Liquidations</source>
        <translation>Liquidationen</translation>
    </message>
    <message>
        <source>Debt repaid</source>
        <translation>Getilgte Schulden</translation>
    </message>
    <message>
        <source>Collateral sold</source>
        <translation>Verkaufte Sicherheiten</translation>
    </message>
    <message>
        <source>Proceeds</source>
        <translation>Erlöse</translation>
    </message>
    <message>
        <source>Bad debt</source>
        <translation>Uneinbringliche Schulden</translation>
    </message>
    <message>
        <source>Halted venues</source>
        <translation>Angehaltene Plattformen</translation>
    </message>
    <message>
        <source>Cascade</source>
        <translation>Kaskade</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Liq. penalty</source>
        <translation>Liq.-Aufschlag</translation>
    </message>
    <message>
        <source>Fire sale</source>
        <translation>Notverkauf</translation>
    </message>
    <message>
        <source>Oracle</source>
        <translation>Orakel</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Ausfall</translation>
    </message>
    <message>
        <source>Supply chain</source>
        <translation>Lieferkette</translation>
    </message>
    <message>
        <source>Hedges</source>
        <translation>Absicherungen</translation>
    </message>
    <message>
        <source>Defaulted</source>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <source>DebtRank</source>
        <translation>DebtRank</translation>
    </message>
    <message>
        <source>Defaults &amp;&amp; losses by node</source>
        <translation>Ausfälle &amp;&amp; Verluste je Knoten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pinned “%1” as B; the next run is compared against it.</source>
        <translation>„%1“ als B gemerkt; der nächste Lauf wird damit verglichen.</translation>
    </message>
    <message>
        <source>Cancelled; nothing changed.</source>
        <translation>Abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>  (yours)</source>
        <translation>  (eigenes)</translation>
    </message>
    <message>
        <source> peg</source>
        <translation> Bindung</translation>
    </message>
    <message>
        <source> % drained</source>
        <translation> % abgezogen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source> rounds (0 = all)</source>
        <translation> Runden (0 = alle)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Remove this shock</source>
        <translation>Diesen Schock entfernen</translation>
    </message>
    <message>
        <source>Defined in the book (pool, shipment or price path); runs as loaded</source>
        <translation>Im Buch definiert (Pool, Sendung oder Preispfad); läuft wie geladen</translation>
    </message>
    <message>
        <source>Add at least one shock.</source>
        <translation>Mindestens einen Schock hinzufügen.</translation>
    </message>
    <message>
        <source>Running “%1” on a worker thread…</source>
        <translation>Berechne „%1“ in einem Hintergrund-Thread…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>“%1”: loss %2, bad debt %3, %4 liquidations, %5 defaults — %6 ms</source>
        <translation>„%1“: Verlust %2, uneinbringlich %3, %4 Liquidationen, %5 Ausfälle — %6 ms</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <source>No breakers</source>
        <translation>Ohne Schutzschalter</translation>
    </message>
    <message>
        <source>This run</source>
        <translation>Dieser Lauf</translation>
    </message>
    <message>
        <source>Total loss</source>
        <translation>Gesamtverlust</translation>
    </message>
    <message>
        <source>  price</source>
        <translation>  Preis</translation>
    </message>
    <message>
        <source>  liquidation penalty</source>
        <translation>  Liquidationsaufschlag</translation>
    </message>
    <message>
        <source>  fire-sale slippage</source>
        <translation>  Notverkaufs-Slippage</translation>
    </message>
    <message>
        <source>  oracle</source>
        <translation>  Orakel</translation>
    </message>
    <message>
        <source>  defaults</source>
        <translation>  Ausfälle</translation>
    </message>
    <message>
        <source>  supply chain</source>
        <translation>  Lieferkette</translation>
    </message>
    <message>
        <source>  hedges</source>
        <translation>  Absicherungen</translation>
    </message>
    <message>
        <source>Liquidators&apos; slippage</source>
        <translation>Slippage der Liquidatoren</translation>
    </message>
    <message>
        <source>Cascade rounds</source>
        <translation>Kaskadenrunden</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Ausfälle</translation>
    </message>
    <message>
        <source>Min HF after</source>
        <translation>Min. HF danach</translation>
    </message>
    <message>
        <source>System DebtRank</source>
        <translation>System-DebtRank</translation>
    </message>
    <message>
        <source>Clearing iterations</source>
        <translation>Clearing-Iterationen</translation>
    </message>
    <message>
        <source>Compute time</source>
        <translation>Rechenzeit</translation>
    </message>
    <message>
        <source>Min HF before</source>
        <translation>Min. HF davor</translation>
    </message>
    <message>
        <source>yes (%1)</source>
        <translation>ja (%1)</translation>
    </message>
    <message>
        <source>after the cascade (%1 rounds)</source>
        <translation>nach der Kaskade (%1 Runden)</translation>
    </message>
    <message>
        <source>round %1 of %2</source>
        <translation>Runde %1 von %2</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>Der Lauf ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;No book open&lt;/b&gt;&lt;br&gt;File &gt; Open, or File &gt; Import CSV…</source>
        <translation>&lt;b&gt;Kein Buch geöffnet&lt;/b&gt;&lt;br&gt;Datei &gt; Öffnen oder Datei &gt; CSV importieren…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to shock yet&lt;/b&gt;&lt;br&gt;This book has no nodes, assets or scenarios. Add a supply chain (File &gt; Import CSV… with nodes.csv and links.csv) or assets and positions.</source>
        <translation>&lt;b&gt;Noch nichts zu schocken&lt;/b&gt;&lt;br&gt;Dieses Buch hat keine Knoten, Vermögenswerte oder Szenarien. Fügen Sie eine Lieferkette hinzu (Datei &gt; CSV importieren… mit nodes.csv und links.csv) oder Vermögenswerte und Positionen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No scenarios in this book&lt;/b&gt;&lt;br&gt;The library suggests some from the book&apos;s shape (a supplier default, a delay at the busiest hub…). Pick one, or build your own with Add shock, then press Run (Ctrl+R).</source>
        <translation>&lt;b&gt;Keine Szenarien in diesem Buch&lt;/b&gt;&lt;br&gt;Die Bibliothek schlägt einige aus der Struktur des Buchs vor (Ausfall eines Lieferanten, Verzögerung am verkehrsreichsten Knoten…). Wählen Sie eines oder bauen Sie mit Schock hinzufügen ein eigenes und drücken Sie Starten (Strg+R).</translation>
    </message>
    <message>
        <source>&lt;b&gt;No run yet&lt;/b&gt;&lt;br&gt;Pick a scenario in the library (or build one with Add shock) and press Run (Ctrl+R).</source>
        <translation>&lt;b&gt;Noch kein Lauf&lt;/b&gt;&lt;br&gt;Wählen Sie ein Szenario in der Bibliothek (oder bauen Sie eines mit Schock hinzufügen) und drücken Sie Starten (Strg+R).</translation>
    </message>
    <message>
        <source>Default of %1</source>
        <translation>Ausfall von %1</translation>
    </message>
    <message>
        <source>14-day delay at %1</source>
        <translation>14 Tage Verzögerung bei %1</translation>
    </message>
    <message>
        <source>%1 falls 30%</source>
        <translation>%1 fällt um 30 %</translation>
    </message>
    <message>
        <source>Crypto falls 40%</source>
        <translation>Krypto fällt um 40 %</translation>
    </message>
    <message>
        <source>Oracle of %1 frozen 48 h, price −25%</source>
        <translation>Orakel von %1 48 h eingefroren, Preis −25 %</translation>
    </message>
    <message>
        <source>Half the liquidity of %1 withdrawn</source>
        <translation>Die Hälfte der Liquidität von %1 abgezogen</translation>
    </message>
    <message>
        <source>  (suggested)</source>
        <translation>  (Vorschlag)</translation>
    </message>
    <message>
        <source>Suggested from the book&apos;s shape; Save to book keeps it</source>
        <translation>Aus der Struktur des Buchs vorgeschlagen; Im Buch speichern behält es</translation>
    </message>
    <message>
        <source>No book is open.</source>
        <translation>Kein Buch ist geöffnet.</translation>
    </message>
    <message>
        <source>Supply lost</source>
        <translation>Versorgung verloren</translation>
    </message>
    <message>
        <source>Recovers in</source>
        <translation>Erholt in</translation>
    </message>
    <message>
        <source>Survives</source>
        <translation>Überlebt</translation>
    </message>
    <message>
        <source>Nodes losing supply</source>
        <translation>Knoten mit Versorgungsverlust</translation>
    </message>
    <message>
        <source>Shipments delayed</source>
        <translation>Verzögerte Sendungen</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>No lead time is given for the links it lost (leadTimeDays)</source>
        <translation>Für die verlorenen Verbindungen ist keine Vorlaufzeit angegeben (leadTimeDays)</translation>
    </message>
    <message>
        <source>shock</source>
        <translation>Schock</translation>
    </message>
    <message>
        <source>supply chain</source>
        <translation>Lieferkette</translation>
    </message>
    <message>
        <source>clearing</source>
        <translation>Clearing</translation>
    </message>
    <message>
        <source>add scenario “%1”</source>
        <translation>Szenario „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>What-if “%1”: loss %2, bad debt %3, %4 liquidations, %5 defaults (%6 ms)</source>
        <translation>Was-wäre-wenn „%1“: Verlust %2, uneinbringlich %3, %4 Liquidationen, %5 Ausfälle (%6 ms)</translation>
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
        <translation>Verlust über den Horizont</translation>
    </message>
    <message>
        <source>scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>Monte Carlo loss distribution — %L1 scenarios, mean %2, max %3</source>
        <translation>Monte-Carlo-Verlustverteilung — %L1 Szenarien, Mittel %2, Max. %3</translation>
    </message>
    <message>
        <source>defaults in a scenario</source>
        <translation>Ausfälle je Szenario</translation>
    </message>
    <message>
        <source>% of scenarios</source>
        <translation>% der Szenarien</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Liq. penalty</source>
        <translation>Liq.-Aufschlag</translation>
    </message>
    <message>
        <source>Fire sale</source>
        <translation>Notverkauf</translation>
    </message>
    <message>
        <source>Oracle</source>
        <translation>Orakel</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Ausfälle</translation>
    </message>
    <message>
        <source>Supply chain</source>
        <translation>Lieferkette</translation>
    </message>
    <message>
        <source>Hedges</source>
        <translation>Absicherungen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Loss attribution by channel</source>
        <translation>Verlustzerlegung nach Kanal</translation>
    </message>
    <message>
        <source>debt repaid (this run)</source>
        <translation>getilgte Schulden (dieser Lauf)</translation>
    </message>
    <message>
        <source>debt repaid without breakers</source>
        <translation>getilgte Schulden ohne Schutzschalter</translation>
    </message>
    <message>
        <source>cascade round</source>
        <translation>Kaskadenrunde</translation>
    </message>
    <message>
        <source>∞: no inflow lost</source>
        <translation>∞: kein Zufluss verloren</translation>
    </message>
    <message>
        <source>no debt left</source>
        <translation>keine Schuld mehr</translation>
    </message>
    <message>
        <source>time to recover %1 d</source>
        <translation>Erholungszeit %1 T</translation>
    </message>
    <message>
        <source>fails physically first</source>
        <translation>scheitert zuerst physisch</translation>
    </message>
    <message>
        <source>fails financially first</source>
        <translation>scheitert zuerst finanziell</translation>
    </message>
    <message>
        <source>fails both ways</source>
        <translation>scheitert auf beide Arten</translation>
    </message>
    <message>
        <source>safe</source>
        <translation>sicher</translation>
    </message>
    <message>
        <source>time to survive (days of cash against the inflows lost)</source>
        <translation>Überlebenszeit (Tage Liquidität gegen verlorene Zuflüsse)</translation>
    </message>
    <message>
        <source>weakest health factor in the cascade</source>
        <translation>schwächster Health Factor in der Kaskade</translation>
    </message>
    <message>
        <source>market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <source>oracle</source>
        <translation>Orakel</translation>
    </message>
    <message>
        <source>oracle (1 venue on time)</source>
        <translation>Orakel (1 Handelsplatz pünktlich)</translation>
    </message>
    <message>
        <source>oracle (%1 venues on time)</source>
        <translation>Orakel (%1 Handelsplätze pünktlich)</translation>
    </message>
    <message>
        <source>%1 (1 round late)</source>
        <translation>%1 (1 Runde verspätet)</translation>
    </message>
    <message>
        <source>%1 (%2 rounds late)</source>
        <translation>%1 (%2 Runden verspätet)</translation>
    </message>
    <message>
        <source>liquidations the lag caused</source>
        <translation>durch die Verzögerung verursachte Liquidationen</translation>
    </message>
    <message>
        <source>loans the lag held back</source>
        <translation>durch die Verzögerung zurückgehaltene Kredite</translation>
    </message>
    <message>
        <source>cascade round (0: before the shock)</source>
        <translation>Kaskadenrunde (0: vor dem Schock)</translation>
    </message>
    <message>
        <source>%1 price</source>
        <translation>Preis %1</translation>
    </message>
    <message>
        <source>Oracle lag: %1 as the market and each venue saw it</source>
        <translation>Orakel-Verzögerung: %1, wie Markt und jeder Handelsplatz es sahen</translation>
    </message>
    <message>
        <source>lag before</source>
        <translation>Verzögerung vorher</translation>
    </message>
    <message>
        <source>lag in the scenario</source>
        <translation>Verzögerung im Szenario</translation>
    </message>
    <message>
        <source>rounds seen late</source>
        <translation>zu spät gesehene Runden</translation>
    </message>
    <message>
        <source>cascade rounds</source>
        <translation>Kaskadenrunden</translation>
    </message>
    <message>
        <source>capacity per round</source>
        <translation>Kapazität je Runde</translation>
    </message>
    <message>
        <source>%1: capacity per round</source>
        <translation>%1: Kapazität je Runde</translation>
    </message>
    <message>
        <source>waiting at the bridges</source>
        <translation>wartet an den Bridges</translation>
    </message>
    <message>
        <source>lag today</source>
        <translation>Verzögerung heute</translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
</context>
</TS>
