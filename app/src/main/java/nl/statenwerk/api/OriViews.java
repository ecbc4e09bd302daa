package nl.statenwerk.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The resources of ODS Open Raadsinformatie 2.0 ({@code components/schemas} of its OpenAPI file), field names as the
 * standard spells them. Absent values are left out rather than sent as {@code null}, which most fields do not allow.
 */
final class OriViews {

    private OriViews() {}

    /** VerwijzingNaarResource. */
    record Ref(String id, String url) {}

    /** The paginated list shape; {@code previous} stays null because pages are cursors that only go forward. */
    record Page<T>(@Nullable String next, @Nullable String previous, List<T> results) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Vergadering(
            String url,
            String id,
            @Nullable String naam,
            @Nullable String vergaderingstype,
            @Nullable String status,
            @Nullable LocalDate vergaderdatum,
            @Nullable LocalDate geplandeVergaderdatum,
            @Nullable OffsetDateTime aanvangVergadering,
            @Nullable OffsetDateTime eindeVergadering,
            @Nullable OffsetDateTime geplandeAanvangVergadering,
            @Nullable OffsetDateTime geplandeEindeVergadering,
            @Nullable String locatie,
            @Nullable String vergadertoelichting,
            @Nullable String provincie,
            @Nullable Ref hoofdvergadering,
            List<String> deelvergaderingen,
            List<String> agendapunten,
            List<String> bijlagen) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Agendapunt(
            String url,
            String id,
            Ref vergadering,
            @Nullable Ref hoofdagendapunt,
            @Nullable String agendapuntvolgnummer,
            @Nullable String agendapuntTitel,
            @Nullable String agendapuntOmschrijving,
            @Nullable String agendapuntKenmerk,
            @Nullable Boolean indicatieHamerstuk,
            @Nullable Boolean indicatorBesloten,
            @Nullable Boolean indicatorBehandeld,
            @Nullable OffsetDateTime starttijd,
            @Nullable OffsetDateTime eindtijd,
            @Nullable OffsetDateTime geplandeStarttijd,
            @Nullable OffsetDateTime geplandeEindtijd,
            @Nullable String provincie,
            List<String> subagendapunten,
            List<String> informatieobjecten,
            List<String> stemmingen) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record InformatieObject(
            String url,
            String id,
            @Nullable String informatieobjecttype,
            @Nullable String titel,
            @Nullable String omschrijving,
            @Nullable String inhoud,
            @Nullable String toelichting,
            @Nullable LocalDate creatiedatum,
            @Nullable LocalDate datumIngediend,
            @Nullable String auteur,
            @Nullable String taal,
            @Nullable String versie,
            @Nullable String motietype,
            @Nullable String vraagtype,
            @Nullable String portefeuillehouder,
            @Nullable Long bronorganisatie,
            @Nullable String vertrouwelijkheidsaanduiding,
            @Nullable String provincie,
            @Nullable String link,
            List<Ref> vergaderingen,
            List<Ref> agendapunten,
            List<String> natuurlijkePersonen) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Besluit(
            String url,
            String id,
            String besluitresultaat,
            @Nullable String besluittoelichting,
            @Nullable String toezegging,
            List<String> stemmingen) {}

    /** The {@code aantal*} counts are our extension (the standard has none), read by our importer. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Stemming(
            String url,
            String id,
            @Nullable Ref agendapunt,
            @Nullable String stemmingstype,
            @Nullable String resultaatMondelingeStemming,
            @Nullable String resultaatStemmingOverPersonen,
            @Nullable Ref besluit,
            @Nullable Ref informatieobject,
            @Nullable Integer aantalVoor,
            @Nullable Integer aantalTegen,
            @Nullable Integer aantalOnthouden,
            @Nullable Integer aantalAfwezig,
            List<String> stemmen) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Stem(String url, String id, @Nullable Ref aanwezigeDeelnemer, Ref stemming, String keuzeStemming) {}

    /** The {@code aantal*} counts are our extension (the standard has none), read by our importer. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record StemresultaatPerFractie(
            String url,
            String id,
            Ref fractie,
            Ref stemming,
            @Nullable String fractiestemresultaat,
            @Nullable Integer aantalVoor,
            @Nullable Integer aantalTegen,
            @Nullable Integer aantalOnthouden,
            @Nullable Integer aantalAfwezig) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Fractie(
            String url,
            String id,
            String fractienaam,
            @Nullable String provincie) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FractieLidmaatschap(
            String url,
            String id,
            Ref fractie,
            Ref natuurlijkPersoon,
            @Nullable OffsetDateTime datumBeginFractieLidmaatschap,
            @Nullable OffsetDateTime datumEindeFractieLidmaatschap,
            boolean indicatieVoorzitter) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NaamNatuurlijkPersoon(
            String achternaam,
            @Nullable String tussenvoegsel,
            @Nullable String voorletters,
            @Nullable String voornamen,
            @Nullable String volledigeNaam) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NatuurlijkPersoon(
            String url,
            String id,
            NaamNatuurlijkPersoon naamNatuurlijkPersoon,
            @Nullable String functie,
            @Nullable String geslachtsaanduiding,
            List<Ref> informatieobjecten,
            List<String> indieners) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Indiener(
            String url,
            String id,
            @Nullable String naam,
            Ref informatieobject,
            @Nullable Ref natuurlijkPersoon,
            @Nullable Ref organisatorischeEenheid) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AanwezigeDeelnemer(
            String url,
            String id,
            Ref natuurlijkPersoon,
            Ref vergadering,
            @Nullable OffsetDateTime aanvangAanwezigheid,
            @Nullable OffsetDateTime eindeAanwezigheid,
            @Nullable String deelnemerspositie,
            @Nullable String rolnaam,
            @Nullable String organisatie,
            List<String> stemmen) {}
}
