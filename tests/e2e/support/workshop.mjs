// Participants for a board, as one device passed round the room: each joins through the
// invitation in a page of the board's own browser profile.

/** The invitation resumes the last person's answers; the next one joins under their own name. */
export async function joinAsSomeoneElse(page) {
  await page.waitForSelector('.participant-name');
  if (await page.isVisible('button.join-as-other')) await page.click('button.join-as-other');
}

/**
 * Adds participants named `names` to the board open in `board`, whose invitation is `invite`:
 * each joins in a new page (`join(page, i)` gets past a resumed name, by default by joining under
 * another), is scored by `score(page, i)`, and the result links are pasted on the board.
 */
export async function addParticipants(board, invite, names, score, join = joinAsSomeoneElse) {
  const links = [];
  for (const [i, name] of names.entries()) {
    const other = await board.context().newPage();
    await other.goto(invite);
    await join(other, i);
    await other.fill('.participant-name', name);
    await other.click('button.start-scoring');
    await other.waitForSelector('fieldset.practice-rating');
    await score(other, i);
    links.push(await other.inputValue('.send-result .share-link input'));
    await other.close();
  }
  await board.bringToFront();
  await board.fill('.paste-links', links.join('\n'));
  await board.click('button.add-links');
  await board.waitForSelector(`li.participant >> nth=${names.length - 1}`);
}
