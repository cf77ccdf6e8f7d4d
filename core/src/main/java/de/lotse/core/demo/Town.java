package de.lotse.core.demo;

import java.util.List;

/** A German town of the seed articles, with postal codes and streets for demo addresses. */
record Town(String name, List<String> postalCodes, List<String> streets) {

    static final List<Town> ALL = List.of(
            new Town("Hattingen", List.of("45525", "45527", "45529"),
                    List.of("Bahnhofstraße", "Heggerstraße", "Nierenhofer Straße", "Martin-Luther-Straße",
                            "Blankensteiner Straße", "Talstraße", "Am Büchsenschütz", "Bredenscheider Straße")),
            new Town("Dinslaken", List.of("46535", "46537", "46539"),
                    List.of("Duisburger Straße", "Friedrich-Ebert-Straße", "Neustraße", "Hünxer Straße",
                            "Wilhelm-Lantermann-Straße", "Thyssenstraße", "Am Stadtbad", "Flurstraße")),
            new Town("Hagen", List.of("58089", "58095", "58097", "58099", "58119", "58135"),
                    List.of("Elberfelder Straße", "Wehringhauser Straße", "Lange Straße", "Altenhagener Straße",
                            "Eppenhauser Straße", "Boeler Straße", "Märkischer Ring", "Pelmkestraße", "Buscheystraße")),
            new Town("Herne", List.of("44623", "44625", "44627", "44628", "44649", "44651", "44652"),
                    List.of("Bahnhofstraße", "Hauptstraße", "Bochumer Straße", "Shamrockstraße", "Mont-Cenis-Straße",
                            "Holsterhauser Straße", "Bebelstraße", "Düngelstraße")));
}
