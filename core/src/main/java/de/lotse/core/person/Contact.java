package de.lotse.core.person;

/** How to reach a person; every part may be missing. */
public record Contact(String phone, String email, Address address) {

    /** No way to reach the person known yet. */
    public static final Contact NONE = new Contact(null, null, null);

    public Contact {
        address = address == null ? new Address(null, null, null) : address;
    }
}
