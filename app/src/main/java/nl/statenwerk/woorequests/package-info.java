/**
 * Woo requests (Woo-verzoeken): registering a request, its statutory deadline, the documents gathered for it with
 * their inventory, the decision, and publishing the decision with its public documents as a paper of the council.
 */
@NullMarked
package nl.statenwerk.woorequests;

import org.jspecify.annotations.NullMarked;
